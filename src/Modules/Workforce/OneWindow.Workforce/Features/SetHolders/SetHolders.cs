using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Data;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Features.SetHolders;

/// <summary>
/// AB岗: sets who holds a post as A (at most its headcount) and who backs them up as B. Holders work at the post's
/// center and are employed; a person is A of one post and B of one post at most (409 names the other post).
/// </summary>
internal static class SetHolders
{
    public sealed record Request(IReadOnlyList<string>? A, IReadOnlyList<string>? B);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/api/v1/workforce/posts/{code}/holders", async Task<Results<Ok<PostView>, ProblemHttpResult>> (string code, Request request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await HandleAsync(code, request, await desk.ScopeAsync(user, ct), desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");

    public static async Task<Result<PostView>> HandleAsync(string code, Request request, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        var db = desk.Db;
        var post = await db.Posts.AsNoTracking().FirstOrDefaultAsync(p => p.Code == code, ct);
        if (post is null || !scope.Contains(post.CenterCode))
        {
            return WorkforceDesk.PostNotFound(code);
        }

        var aCodes = Clean(request.A);
        var bCodes = Clean(request.B);
        var wanted = aCodes.Concat(bCodes).ToList();
        var staff = await db.Staff.AsNoTracking().Where(s => wanted.Contains(s.Code)).ToDictionaryAsync(s => s.Code, ct);
        var today = desk.Today;
        var v = new Validation();
        Check(v, "a", aCodes, staff, post, today);
        Check(v, "b", bCodes, staff, post, today);
        if (aCodes.Count > post.Headcount)
        {
            v.Add("a", $"at most {post.Headcount} A holders (the headcount)");
        }

        if (bCodes.Count > post.Headcount)
        {
            v.Add("b", $"at most {post.Headcount} B holders (the headcount)");
        }

        if (aCodes.Intersect(bCodes, StringComparer.Ordinal).FirstOrDefault() is { } both)
        {
            v.Add("b", $"{both} cannot be A and B of the same post");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var wantedIds = new Dictionary<Guid, HolderRole>();
        foreach (var c in aCodes)
        {
            wantedIds[staff[c].Id] = HolderRole.A;
        }

        foreach (var c in bCodes)
        {
            wantedIds[staff[c].Id] = HolderRole.B;
        }

        var ids = wantedIds.Keys.ToList();
        var elsewhere = await db.Holders.AsNoTracking().Where(h => ids.Contains(h.StaffId) && h.PostId != post.Id)
            .Join(db.Posts.AsNoTracking(), h => h.PostId, p => p.Id, (h, p) => new { h.StaffId, h.Role, p.Code })
            .ToListAsync(ct);
        var clash = elsewhere.FirstOrDefault(h => wantedIds[h.StaffId] == h.Role);
        if (clash is not null)
        {
            var person = staff.Values.First(s => s.Id == clash.StaffId);
            return Error.Conflict("workforce.holder_taken", $"{person.Code} {person.DisplayName} is {clash.Role} of post {clash.Code} already; a person holds one post as A and one as B.");
        }

        var current = await db.Holders.Where(h => h.PostId == post.Id).ToListAsync(ct);
        foreach (var holder in current.Where(h => !wantedIds.TryGetValue(h.StaffId, out var role) || role != h.Role))
        {
            db.Holders.Remove(holder);
        }

        var now = desk.Now;
        foreach (var (id, role) in wantedIds.Where(w => !current.Any(h => h.StaffId == w.Key && h.Role == w.Value)))
        {
            db.Holders.Add(new PostHolder { PostId = post.Id, StaffId = id, Role = role, AssignedAt = now });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return Error.Conflict("workforce.holder_taken", "Someone named was just made a holder of another post; reload and try again.");
        }

        return (await ListPosts.ListPosts.ViewsAsync([post], desk, ct))[0];
    }

    private static List<string> Clean(IReadOnlyList<string>? codes) =>
        (codes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();

    private static void Check(Validation v, string field, List<string> codes, Dictionary<string, Staff> staff, Post post, DateOnly today)
    {
        foreach (var code in codes)
        {
            if (!staff.TryGetValue(code, out var person))
            {
                v.Add(field, $"there is no staff member '{code}'");
            }
            else if (person.CenterCode != post.CenterCode)
            {
                v.Add(field, $"{code} works at {person.CenterCode}, not at the post's center {post.CenterCode}");
            }
            else if (person.LeftOn is { } left && left < today)
            {
                v.Add(field, $"{code} left on {Wire.Text(left)}");
            }
        }
    }
}
