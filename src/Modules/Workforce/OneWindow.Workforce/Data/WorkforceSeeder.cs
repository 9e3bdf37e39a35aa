using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.Workforce.Contracts;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Data;

/// <summary>
/// Scenario posts, staff and AB holders, insert-only: a post or person whose code exists is left as it is. With
/// OneWindow:Demo:GenerateRoster=true the current month's roster of the first center is generated and published too.
/// </summary>
internal sealed class WorkforceSeeder(WorkforceDesk desk, RosterPlanner planner, IConfiguration configuration, ILogger<WorkforceSeeder> logger) : IWorkforceSeeder
{
    public async Task SeedAsync(WorkforceScenario scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var db = desk.Db;
        var centers = (await desk.Organization.CentersAsync(CenterScope.Everything, cancellationToken)).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var staffCodes = await db.Staff.Select(s => s.Code).ToListAsync(cancellationToken);
        var known = staffCodes.ToHashSet(StringComparer.Ordinal);
        var now = desk.Now;
        foreach (var s in scenario.Staff.Where(s => !known.Contains(s.Code)))
        {
            if (!centers.Contains(s.Center))
            {
                throw new InvalidOperationException($"Scenario staff {s.Code} works at center '{s.Center}', which the scenario does not have.");
            }

            if (!ResidentIdNumber.TryParse(s.IdNumber, out var id, out var idError) || !MobileNumber.TryParse(s.Phone, out var phone, out _))
            {
                throw new InvalidOperationException($"Scenario staff {s.Code}: the ID number ({idError}) or the phone is not valid.");
            }

            db.Staff.Add(new Staff
            {
                Code = s.Code,
                DisplayName = s.Name,
                CenterCode = s.Center,
                IdNumberEncrypted = desk.Encrypt(id.Value.Value)!,
                IdNumberIndex = desk.BlindIndex(id.Value.Value)!,
                IdNumberMasked = Masking.IdNumber(id.Value.Value),
                PhoneEncrypted = desk.Encrypt(phone.Value.Value)!,
                PhoneMasked = Masking.Phone(phone.Value.Value),
                HiredOn = Date(s.HiredOn, s.Code),
                LeftOn = s.LeftOn is null ? null : Date(s.LeftOn, s.Code),
                Skills = [.. s.Skills ?? []],
                Certificates = [.. s.Certificates ?? []],
                ConfidentialitySignedOn = s.ConfidentialitySignedOn is null ? null : Date(s.ConfidentialitySignedOn, s.Code),
                UniformSize = s.UniformSize,
                UserName = s.UserName,
                CreatedAt = now,
            });
            known.Add(s.Code);
        }

        await db.SaveChangesAsync(cancellationToken);
        var staffIds = await db.Staff.Select(s => new { s.Code, s.Id }).ToDictionaryAsync(s => s.Code, s => s.Id, cancellationToken);
        var postCodes = (await db.Posts.Select(p => p.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var taken = (await db.Holders.Select(h => new { h.StaffId, h.Role }).ToListAsync(cancellationToken)).Select(h => (h.StaffId, h.Role)).ToHashSet();
        foreach (var p in scenario.Posts.Where(p => !postCodes.Contains(p.Code)))
        {
            if (!centers.Contains(p.Center) || p.Headcount < 1)
            {
                throw new InvalidOperationException($"Scenario post {p.Code}: center '{p.Center}' unknown or headcount below 1.");
            }

            var post = new Post { Code = p.Code, Name = p.Name, Type = p.Type, CenterCode = p.Center, Headcount = p.Headcount, Skills = [.. p.Skills ?? []], CreatedAt = now };
            db.Posts.Add(post);
            foreach (var (codes, role) in new[] { (p.A, HolderRole.A), (p.B, HolderRole.B) })
            {
                foreach (var code in codes ?? [])
                {
                    if (!staffIds.TryGetValue(code, out var staffId))
                    {
                        throw new InvalidOperationException($"Scenario post {p.Code} names holder {code}, who is not in the scenario's staff.");
                    }

                    if (taken.Add((staffId, role)))
                    {
                        db.Holders.Add(new PostHolder { PostId = post.Id, StaffId = staffId, Role = role, AssignedAt = now });
                    }
                }
            }

            postCodes.Add(p.Code);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (scenario.Training is { } training)
        {
            await TrainingSeeder.SeedAsync(training, desk, cancellationToken);
        }

        if (configuration.GetValue("OneWindow:Demo:GenerateRoster", false))
        {
            await GenerateAsync(cancellationToken);
        }
    }

    private async Task GenerateAsync(CancellationToken ct)
    {
        var centers = await desk.Organization.CentersAsync(CenterScope.Everything, ct);
        if (centers.Count == 0)
        {
            return;
        }

        var root = centers[0].Code;

        var today = desk.Today;
        var month = Wire.Month(today);
        if (await desk.Db.Rosters.AnyAsync(r => r.CenterCode == root && r.Year == today.Year && r.Month == today.Month, ct))
        {
            return;
        }

        var generated = await Features.GenerateRoster.GenerateRoster.HandleAsync(new(root, month, null, null), "system:scenario", CenterScope.Everything, desk, planner, logger, ct);
        if (!generated.IsSuccess)
        {
            logger.LogWarning("The demo roster of {Center} {Month} was not generated: {Error}", root, month, generated.Error!.Describe());
            return;
        }

        await Features.PublishRoster.PublishRoster.HandleAsync(generated.Value!.Id, "system:scenario", CenterScope.Everything, desk, ct);
    }

    private static DateOnly Date(string text, string code) =>
        Wire.TryDate(text, out var date) ? date : throw new InvalidOperationException($"Scenario staff {code}: '{text}' is not a date YYYY-MM-DD.");
}
