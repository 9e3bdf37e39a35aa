using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Contracts;
using OneWindow.Cases.Domain;
using OneWindow.Licenses.Contracts;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Auditing;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.SharedKernel.Time;

namespace OneWindow.Cases.Data;

internal sealed record MissingView(string Code, string Name);

internal sealed record MaterialLineView(string Code, string Name, bool Required, bool Tolerable, bool LicenseAccepted, string Form, string? LicenseReference, string? Promise, DateOnly? DueOn, string? RejectReason, DateTimeOffset? ReceivedAt);

internal sealed record ApplicantView(string Kind, string Name, string? IdType, string IdNumber, string? Phone, string? Address, string? LegalRepresentative, string? ContactName);

internal sealed record EventView(DateTimeOffset At, string Action, string Actor, string? Detail);


internal sealed record CaseDetail(
    Guid Id,
    string Number,
    string Status,
    string Title,
    string? ItemCode,
    string? BundleCode,
    int? CatalogVersion,
    string? DepartmentCode,
    string CenterCode,
    string? HallCode,
    string? WindowCode,
    string? TicketNumber,
    string Channel,
    int PromisedDays,
    DateOnly? AcceptedOn,
    DateOnly? Deadline,
    int PausedWorkdays,
    string Warning,
    bool Overdue,
    string? DecisionReason,
    string? ResultNote,
    string? IssueMethod,
    DateTimeOffset? IssuedAt,
    string? PickupSigner,
    string? ExpressCompany,
    string? TrackingNumber,
    string? DeliveryStatus,
    Guid? HandoverBatchId,
    DateTimeOffset CreatedAt,
    IReadOnlyList<MissingView> Missing,
    IReadOnlyList<MaterialLineView> Materials,
    ApplicantView Applicant,
    IReadOnlyList<string> Actions,
    IReadOnlyList<EventView> History);

/// <summary>What every case use case shares: the clock, the calendar, personal data, history and the state rules.</summary>
internal sealed class CaseDesk(
    CasesDbContext db,
    ICalendarProvider calendars,
    IDataScope scopes,
    IOrganizationDirectory organization,
    PersonalDataProtector protector,
    IAuditSink audit,
    TimeProvider clock,
    WriteGate gate,
    ILicenseRegistry licenses)
{
    public CasesDbContext Db => db;

    public IAuditSink Audit => audit;

    public WriteGate Gate => gate;

    public PersonalDataProtector Protector => protector;

    /// <summary>The license service a material taken as an electronic license is checked against.</summary>
    public ILicenseRegistry Licenses => licenses;

    public IOrganizationDirectory Organization => organization;

    /// <summary>Now, to the millisecond (what SQLite keeps).</summary>
    public DateTimeOffset Now
    {
        get
        {
            var now = clock.GetUtcNow();
            return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        }
    }

    public DateOnly Today => ChinaTime.Today(clock);

    public static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "system";

    public static string Wire<TEnum>(TEnum value) where TEnum : struct, Enum => EnumParsing.ToWire(value);

    public Task<WorkCalendar> CalendarAsync(string centerCode, CancellationToken ct) => calendars.ForCenterAsync(centerCode, ct);

    public Task<CenterScope> ScopeAsync(ClaimsPrincipal user, CancellationToken ct) => scopes.ForAsync(user, ct);

    /// <summary>The deadline <paramref name="days"/> working days after <paramref name="from"/> (0: the same day).</summary>
    public static DateOnly AddWorkdays(WorkCalendar calendar, DateOnly from, int days) =>
        days <= 0 ? from : calendar.AddWorkdays(from, days).Date;

    /// <summary>
    /// A case the user may see (its center is in the user's scope and, for a department user, it is the department's):
    /// 404 otherwise, so others' cases are not revealed.
    /// </summary>
    public async Task<Result<Case>> FindAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await db.Cases.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (found is null || !CaseDepartment.Sees(user, found.DepartmentCode) || !(await scopes.ForAsync(user, ct)).Contains(found.CenterCode))
        {
            return Error.NotFound("cases.not_found", $"Case '{id}' does not exist.");
        }

        return found;
    }

    public Task<List<CaseMaterial>> MaterialsAsync(Guid caseId, CancellationToken ct) =>
        db.Materials.Where(m => m.CaseId == caseId).OrderBy(m => m.Position).ToListAsync(ct);

    /// <summary>Required lines not received in a way that lets the case go on, each once, in catalog order.</summary>
    public static IReadOnlyList<MissingView> Missing(IEnumerable<CaseMaterial> lines) =>
        lines.Where(m => m.Required && !m.Satisfied).OrderBy(m => m.Position).Select(m => new MissingView(m.Code, m.Name)).ToList();

    public static Error InvalidTransition(Case c, string action) =>
        Error.Conflict("cases.invalid_transition", $"Case {c.Number} is {Wire(c.Status)}; it cannot be {action} now.");

    public static bool IsOpen(CaseStatus s) => s is not (CaseStatus.NotAccepted or CaseStatus.Closed or CaseStatus.Withdrawn or CaseStatus.Issued);

    /// <summary>The actions the state allows, for pages (the API enforces the same rules).</summary>
    public static IReadOnlyList<string> ActionsFor(CaseStatus s)
    {
        var actions = new List<string>();
        switch (s)
        {
            case CaseStatus.Consulted:
                actions.Add("materials");
                break;
            case CaseStatus.Incomplete:
            case CaseStatus.Submitted:
                actions.AddRange(["materials", "accept", "refuse"]);
                break;
            case CaseStatus.Accepted:
                actions.Add("handover");
                break;
            case CaseStatus.HandedOver:
                actions.Add("start-review");
                break;
            case CaseStatus.UnderReview:
                actions.AddRange(["approve", "reject", "request-correction"]);
                break;
            case CaseStatus.CorrectionRequested:
                actions.AddRange(["materials", "correction-received"]);
                break;
            case CaseStatus.Approved:
            case CaseStatus.Rejected:
                actions.Add("result-ready");
                break;
            case CaseStatus.ResultReady:
                actions.AddRange(["pickup", "post"]);
                break;
            case CaseStatus.Issued:
                actions.Add("close");
                break;
        }

        if (IsOpen(s) && s is not (CaseStatus.Approved or CaseStatus.Rejected or CaseStatus.ResultReady))
        {
            actions.Add("withdraw");
        }

        return actions;
    }

    /// <summary>Records the change as one history event and saves it, the case's revision checked.</summary>
    public async Task<Result<Case>> SaveAsync(Case c, ClaimsPrincipal user, string action, string? detail, CancellationToken ct)
    {
        c.Revision++;
        db.Events.Add(new CaseEvent { CaseId = c.Id, At = Now, Actor = Actor(user), Action = action, Detail = detail });
        try
        {
            using (await gate.EnterAsync(ct))
            {
                await db.SaveChangesAsync(ct);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Error.Conflict("cases.concurrent_change", $"Case {c.Number} was changed by someone else; reload it and try again.");
        }

        return c;
    }

    public static DeadlineWarning WarningOf(Case c, WorkCalendar calendar, DateOnly today)
    {
        if (c.Deadline is not { } deadline || c.AcceptedOn is not { } from || !IsOpen(c.Status) || c.Status is CaseStatus.ResultReady or CaseStatus.Approved or CaseStatus.Rejected)
        {
            return DeadlineWarning.None;
        }

        if (today > deadline)
        {
            return DeadlineWarning.Red;
        }

        // The working days the case may take (without those it waited for a correction) against those it has taken.
        var span = calendar.CountWorkdays(from.AddDays(1), deadline) - c.PausedWorkdays;
        if (span <= 0)
        {
            return DeadlineWarning.None;
        }

        var used = calendar.CountWorkdays(from.AddDays(1), today) - c.PausedWorkdays;
        return used * 5 >= span * 4 ? DeadlineWarning.Yellow : DeadlineWarning.None;
    }

    /// <summary>The applicant's name for lists: a person's masked, a company's in full (a company name is not personal data).</summary>
    public string ApplicantName(Case c) => c.ApplicantKind == ApplicantKind.Enterprise
        ? protector.Decrypt(c.ApplicantNameEncrypted) ?? string.Empty
        : Masking.Name(protector.Decrypt(c.ApplicantNameEncrypted));

    public ApplicantView Applicant(Case c, bool reveal)
    {
        var id = protector.Decrypt(c.ApplicantIdEncrypted);
        var phone = protector.Decrypt(c.ApplicantPhoneEncrypted);
        var address = protector.Decrypt(c.ApplicantAddressEncrypted);
        var name = protector.Decrypt(c.ApplicantNameEncrypted) ?? string.Empty;
        var enterprise = c.ApplicantKind == ApplicantKind.Enterprise;
        return new ApplicantView(
            Wire(c.ApplicantKind),
            reveal || enterprise ? name : Masking.Name(name),
            c.ApplicantIdType,
            reveal || enterprise ? id ?? string.Empty : Masking.IdNumber(id),
            reveal ? phone : phone is null ? null : Masking.Phone(phone),
            reveal ? address : address is null ? null : Masking.Address(address),
            enterprise ? (reveal ? protector.Decrypt(c.LegalRepresentativeEncrypted) : Masking.Name(protector.Decrypt(c.LegalRepresentativeEncrypted))) : null,
            reveal ? protector.Decrypt(c.ContactNameEncrypted) : c.ContactNameEncrypted is null ? null : Masking.Name(protector.Decrypt(c.ContactNameEncrypted)));
    }

    public async Task<CaseDetail> DetailAsync(Case c, CancellationToken ct)
    {
        var lines = await db.Materials.AsNoTracking().Where(m => m.CaseId == c.Id).OrderBy(m => m.Position).ToListAsync(ct);
        var history = await db.Events.AsNoTracking().Where(e => e.CaseId == c.Id).OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new EventView(e.At, e.Action, e.Actor, e.Detail)).ToListAsync(ct);
        var calendar = await CalendarAsync(c.CenterCode, ct);
        var warning = WarningOf(c, calendar, Today);
        return new CaseDetail(
            c.Id,
            c.Number,
            Wire(c.Status),
            c.Title,
            c.ItemCode,
            c.BundleCode,
            c.CatalogVersion,
            c.DepartmentCode,
            c.CenterCode,
            c.HallCode,
            c.WindowCode,
            c.TicketNumber,
            Wire(c.Channel),
            c.PromisedDays,
            c.AcceptedOn,
            c.Deadline,
            c.PausedWorkdays,
            Wire(warning),
            warning == DeadlineWarning.Red,
            c.DecisionReason,
            c.ResultNote,
            c.IssueMethod is { } m ? Wire(m) : null,
            c.IssuedAt,
            c.PickupSigner,
            c.ExpressCompany,
            c.TrackingNumber,
            c.DeliveryStatus is { } d ? Wire(d) : null,
            c.HandoverBatchId,
            c.CreatedAt,
            Missing(lines),
            lines.Select(l => new MaterialLineView(l.Code, l.Name, l.Required, l.Tolerable, l.LicenseAccepted, Wire(l.Form), l.LicenseReference, l.Promise, l.DueOn, l.RejectReason, l.ReceivedAt)).ToList(),
            Applicant(c, reveal: false),
            ActionsFor(c.Status),
            history);
    }
}
