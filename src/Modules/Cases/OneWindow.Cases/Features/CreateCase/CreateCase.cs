using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Cases.Data;
using OneWindow.Cases.Domain;
using OneWindow.Catalog.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Cases.Features.CreateCase;

/// <summary>
/// 一窗受理: the clerk registers what the applicant asks for (an item, or a bundle 一件事, in the catalog version in force)
/// and what they brought. Missing required materials make it <c>incomplete</c> (the one-time notice lists them); otherwise
/// <c>submitted</c>, ready to accept. With <c>"status":"consulted"</c> it records a consultation (咨询): the applicant and
/// what they asked about, no materials; materials recorded later move it on. The number (yyyyMMdd + sequence) and the case commit together; an
/// <c>Idempotency-Key</c> makes a retry return the first case.
/// </summary>
internal static class CreateCase
{
    public sealed record ApplicantInput(string? Kind, string? Name, string? IdType, string? IdNumber, string? Phone, string? Address = null, string? CreditCode = null, string? LegalRepresentative = null, string? ContactName = null);

    public sealed record Request(
        string? ItemCode,
        string? BundleCode,
        ApplicantInput? Applicant,
        IReadOnlyList<string>? Provided,
        IReadOnlyList<MaterialLineInput>? Materials = null,
        string? Channel = null,
        string? CenterCode = null,
        string? HallCode = null,
        string? WindowCode = null,
        string? TicketNumber = null,
        string? Status = null);

    public sealed record Created(Guid Id, string Number, string Status);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/cases", async Task<Results<Created<Created>, Ok<Created>, ProblemHttpResult>> (Request request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimsPrincipal user, CaseDesk desk, ICatalog catalog, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, idempotencyKey, user, desk, catalog, ct);
                if (!result.IsSuccess)
                {
                    return result.Error!.ToProblem();
                }

                var (created, replay) = result.Value;
                return replay ? TypedResults.Ok(created) : TypedResults.Created($"/api/v1/cases/{created.Id}", created);
            })
            .RequireAuthorization(Policies.CaseClerk)
            .WithTags("Cases");

    public static async Task<Result<(Created Case, bool Replay)>> HandleAsync(Request request, string? idempotencyKey, ClaimsPrincipal user, CaseDesk desk, ICatalog catalog, CancellationToken ct)
    {
        var v = new Validation();
        var today = desk.Today;
        if (idempotencyKey is { Length: > 100 })
        {
            v.Add("Idempotency-Key", "must be at most 100 characters");
        }

        var channel = CaseChannel.Window;
        if (request.Channel is not null && !EnumParsing.TryParseWire(request.Channel, out channel))
        {
            v.Add("channel", $"must be one of: {EnumParsing.Allowed<CaseChannel>()}");
        }

        var consulted = false;
        if (request.Status is not null)
        {
            if (request.Status == "consulted")
            {
                consulted = true;
                if ((request.Provided?.Count ?? 0) + (request.Materials?.Count ?? 0) > 0)
                {
                    v.Add("provided", "a consultation records no materials; leave status out to register the materials brought");
                }
            }
            else
            {
                v.Add("status", "must be consulted, or left out (incomplete or submitted follows from the materials)");
            }
        }

        v.Optional("hallCode", request.HallCode, 64).Optional("windowCode", request.WindowCode, 64).Optional("ticketNumber", request.TicketNumber, 20);
        var applicant = ValidateApplicant(request.Applicant, v);

        // The subject: one item or one bundle, as the catalog has it today.
        string? code = null;
        string title = string.Empty;
        string? department = null;
        int promised = 0;
        int? version = null;
        var lines = new List<CaseMaterial>();
        var unknownSubject = false;
        if ((request.ItemCode is null) == (request.BundleCode is null))
        {
            v.Add("itemCode", "give either itemCode or bundleCode");
        }
        else if (request.ItemCode is not null)
        {
            var item = await catalog.ItemAsync(request.ItemCode, today, ct);
            if (item is null)
            {
                v.Add("itemCode", $"item '{request.ItemCode}' does not exist or is not in force");
                unknownSubject = true;
            }
            else
            {
                (code, title, department, promised, version) = (item.Code, item.Name, item.DepartmentCode, item.PromisedDays, item.Version);
                lines.AddRange(item.Materials.Select(Line));
            }
        }
        else
        {
            var bundle = await catalog.BundleAsync(request.BundleCode!, today, ct);
            if (bundle is null)
            {
                v.Add("bundleCode", $"bundle '{request.BundleCode}' does not exist");
                unknownSubject = true;
            }
            else
            {
                (code, title, department, promised) = (bundle.Code, bundle.Name, bundle.LeadDepartmentCode ?? (bundle.Items.Count > 0 ? bundle.Items[0].DepartmentCode : null), bundle.PromisedDays);
                lines.AddRange(bundle.Materials.Select(m => Line(m.Material)));
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            lines[i].Position = i;
        }

        var changes = MaterialLines.Validate(lines, request.Provided, request.Materials, today, v);
        if (v.IsValid)
        {
            await LicenseCheck.VerifyAsync(changes, request.Materials, applicant.Id, desk.Licenses, today, v, ct);
        }

        // The center: given, or the first the clerk works for.
        var scope = await desk.ScopeAsync(user, ct);
        var centers = await desk.Organization.CentersAsync(scope, ct);
        var center = request.CenterCode ?? (centers.Count > 0 ? centers[0].Code : null);
        if (center is null || centers.All(c => c.Code != center))
        {
            v.Add("centerCode", request.CenterCode is null ? "you work for no center" : $"'{request.CenterCode}' is not a center you work for");
        }

        if (!v.IsValid)
        {
            var errorCode = unknownSubject ? "cases.unknown_item"
                : v.Errors.Keys.Any(k => (k == "provided" && !consulted) || k.EndsWith(".code", StringComparison.Ordinal)) ? "cases.unknown_material"
                : v.Errors.ContainsKey("applicant.idNumber") ? "cases.invalid_id_number"
                : v.Errors.ContainsKey("applicant.creditCode") ? "cases.invalid_credit_code"
                : "validation.failed";
            return Error.Invalid(v) with { Code = errorCode };
        }

        if (idempotencyKey is not null && await ReplayAsync(desk, idempotencyKey, ct) is { } earlier)
        {
            return (earlier, true);
        }

        var now = desk.Now;
        MaterialLines.Apply(changes, now);
        var missing = CaseDesk.Missing(lines);
        var protector = desk.Protector;
        var actor = CaseDesk.Actor(user);
        var c = new Case
        {
            Number = string.Empty,
            CenterCode = center!,
            HallCode = request.HallCode,
            WindowCode = request.WindowCode,
            TicketNumber = request.TicketNumber,
            ClerkUserName = actor,
            ItemCode = request.ItemCode is null ? null : code,
            BundleCode = request.BundleCode is null ? null : code,
            CatalogVersion = version,
            Title = title,
            DepartmentCode = department,
            PromisedDays = promised,
            Channel = channel,
            Status = consulted ? CaseStatus.Consulted : missing.Count > 0 ? CaseStatus.Incomplete : CaseStatus.Submitted,
            ApplicantKind = applicant.Kind,
            ApplicantNameEncrypted = protector.Encrypt(applicant.Name),
            ApplicantIdType = applicant.IdType,
            ApplicantIdEncrypted = protector.Encrypt(applicant.Id),
            ApplicantIdIndex = protector.BlindIndex(applicant.Id),
            ApplicantPhoneEncrypted = protector.Encrypt(applicant.Phone),
            ApplicantPhoneIndex = protector.BlindIndex(applicant.Phone),
            ApplicantAddressEncrypted = protector.Encrypt(applicant.Address),
            LegalRepresentativeEncrypted = protector.Encrypt(applicant.LegalRepresentative),
            ContactNameEncrypted = protector.Encrypt(applicant.ContactName),
            CreatedAt = now,
            CreatedBy = actor,
            IdempotencyKey = idempotencyKey,
        };
        foreach (var line in lines)
        {
            line.CaseId = c.Id;
        }

        var db = desk.Db;
        var detail = consulted ? "咨询" : missing.Count > 0 ? "一次性告知: " + string.Join("、", missing.Select(m => m.Name)) : null;
        var action = consulted ? "consulted" : missing.Count > 0 ? "created-incomplete" : "created";
        db.Events.Add(new CaseEvent { CaseId = c.Id, At = now, Actor = actor, Action = action, Detail = detail });
        db.Materials.AddRange(lines);
        using (await desk.Gate.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            c.Number = today.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (await NextNumberAsync(db, today, ct)).ToString("000000", CultureInfo.InvariantCulture);
            db.Cases.Add(c);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException e) when (idempotencyKey is not null && UniqueViolation.Is(e))
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return (await ReplayAsync(desk, idempotencyKey, ct) ?? throw new InvalidOperationException("Idempotency conflict without a case.", e), true);
            }
        }

        return (new Created(c.Id, c.Number, CaseDesk.Wire(c.Status)), false);
    }

    private static CaseMaterial Line(MaterialView m) => new()
    {
        Code = m.Code,
        Name = m.Name,
        Required = m.Required,
        Tolerable = m.Tolerated,
        LicenseAccepted = m.ElectronicLicense,
        Form = MaterialForm.None,
    };

    private sealed record Applicant(ApplicantKind Kind, string? Name, string? IdType, string? Id, string? Phone, string? Address, string? LegalRepresentative, string? ContactName);

    private static Applicant ValidateApplicant(ApplicantInput? input, Validation v)
    {
        if (input is null)
        {
            v.Add("applicant", "is required: {\"kind\":\"person\",\"name\",\"idNumber\",\"phone\"}");
            return new Applicant(ApplicantKind.Person, null, null, null, null, null, null, null);
        }

        var kind = ApplicantKind.Person;
        if (input.Kind is not null && !EnumParsing.TryParseWire(input.Kind, out kind))
        {
            v.Add("applicant.kind", "must be person or enterprise");
        }

        v.Name("applicant.name", input.Name, 100);
        v.Optional("applicant.address", input.Address, 200);
        string? phone = null;
        if (input.Phone is not null || kind == ApplicantKind.Person)
        {
            if (MobileNumber.TryParse(input.Phone, out var mobile, out var phoneError))
            {
                phone = mobile.Value.Value;
            }
            else
            {
                v.Add("applicant.phone", phoneError);
            }
        }

        var address = string.IsNullOrWhiteSpace(input.Address) ? null : input.Address.Trim();
        if (kind == ApplicantKind.Enterprise)
        {
            string? code = null;
            if (UnifiedSocialCreditCode.TryParse(input.CreditCode ?? input.IdNumber, out var uscc, out var codeError))
            {
                code = uscc.Value.Value;
            }
            else
            {
                v.Add("applicant.creditCode", codeError);
            }

            v.Name("applicant.legalRepresentative", input.LegalRepresentative, 50);
            v.Optional("applicant.contactName", input.ContactName, 50);
            return new Applicant(kind, input.Name?.Trim(), "uscc", code, phone, address, input.LegalRepresentative?.Trim(), string.IsNullOrWhiteSpace(input.ContactName) ? null : input.ContactName.Trim());
        }

        var idType = input.IdType ?? "resident-id";
        string? id = null;
        if (idType == "resident-id")
        {
            if (ResidentIdNumber.TryParse(input.IdNumber, out var rid, out var idError))
            {
                id = rid.Value.Value;
            }
            else
            {
                v.Add("applicant.idNumber", idError);
            }
        }
        else if (idType is "passport" or "hk-macao-permit" or "taiwan-permit" or "foreign-permanent-residence")
        {
            v.Required("applicant.idNumber", input.IdNumber, 30);
            id = input.IdNumber?.Trim().ToUpperInvariant();
        }
        else
        {
            v.Add("applicant.idType", "must be one of: resident-id, passport, hk-macao-permit, taiwan-permit, foreign-permanent-residence");
        }

        return new Applicant(kind, input.Name?.Trim(), idType, id, phone, address, null, null);
    }

    private static async Task<Created?> ReplayAsync(CaseDesk desk, string key, CancellationToken ct) =>
        await desk.Db.Cases.AsNoTracking().Where(c => c.IdempotencyKey == key).Select(c => new { c.Id, c.Number, c.Status }).FirstOrDefaultAsync(ct) is { } c
            ? new Created(c.Id, c.Number, CaseDesk.Wire(c.Status))
            : null;

    /// <summary>One atomic statement per number on both databases (PostgreSQL locks the day's row, SQLite has one writer).</summary>
    private static async Task<int> NextNumberAsync(CasesDbContext db, DateOnly day, CancellationToken ct)
    {
        var numbers = await AdvanceAsync(db, day, ct);
        if (numbers.Count == 0)
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO cs_counters (\"Day\", \"Last\") VALUES ({day}, 0) ON CONFLICT DO NOTHING", ct);
            numbers = await AdvanceAsync(db, day, ct);
        }

        return numbers.Single();
    }

    private static Task<List<int>> AdvanceAsync(CasesDbContext db, DateOnly day, CancellationToken ct) =>
        db.Database.SqlQuery<int>($"UPDATE cs_counters SET \"Last\" = \"Last\" + 1 WHERE \"Day\" = {day} RETURNING \"Last\"").ToListAsync(ct);
}
