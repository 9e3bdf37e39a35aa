using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Contracts;
using OneWindow.Hotline.Domain;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Auditing;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Data;

/// <summary>An order in lists: the caller masked, the clocks as instants, the unit and category with names.</summary>
internal sealed record OrderView(
    Guid Id,
    string Number,
    string Type,
    string Channel,
    string Status,
    string CallerName,
    string CallerPhone,
    string CategoryCode,
    string CategoryPath,
    string? StreetCode,
    string Content,
    string? UnitCode,
    string? UnitName,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RespondBy,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? RepliedAt,
    DateTimeOffset? ClosedAt,
    bool Overdue,
    bool Urgent,
    int SupervisionLevel,
    bool OnLedger,
    string? NextFollowUpOn,
    string Extension,
    int? ExtensionDays,
    string? Satisfaction,
    Guid? MergedIntoId);

/// <summary>One history line as the API shows it.</summary>
internal sealed record EventView(DateTimeOffset At, string Action, string Actor, string? Detail);

internal sealed record FileView(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset At, string By, Guid? VerificationId);

internal sealed record VerificationView(Guid Id, DateTimeOffset At, string By, string Findings, string? Location, IReadOnlyList<FileView> Photos);

/// <summary>An order with everything about it: history, the reply, the callback, files and on-site verifications.</summary>
internal sealed record OrderDetail(
    OrderView Order,
    string? CallerAddress,
    string? ReplyContent,
    bool? ReplySolved,
    bool ClosedAtIntake,
    string? KnowledgeCode,
    DateTimeOffset? CallbackAt,
    bool? CallbackValid,
    bool? CallbackContacted,
    bool? CallbackSolved,
    int ReopenCount,
    IReadOnlyList<EventView> History,
    IReadOnlyList<FileView> Files,
    IReadOnlyList<VerificationView> Verifications);

/// <summary>What every hotline use case shares: the clock, the category tree and limits, units, personal data, history.</summary>
internal sealed class HotlineDesk(
    HotlineDbContext db,
    CategoryTree tree,
    OrganizationCache organization,
    IDataScope scopes,
    IBusinessHoursProvider hours,
    ICalendarProvider calendars,
    PersonalDataProtector protector,
    IAuditSink audit,
    HotlineOptions options,
    TimeProvider clock,
    WriteGate? gate = null)
{
    /// <summary>Roles that act for any unit: the agents who dispatch and the supervisors who review.</summary>
    private static readonly string[] CentralRoles = [Roles.SystemAdmin, Roles.BureauSupervisor, Roles.ProjectManager, Roles.BusinessManager, Roles.HotlineAgent];

    public HotlineDbContext Db => db;

    public HotlineOptions Options => options;

    public IAuditSink Audit => audit;

    /// <summary>Now, to the millisecond: what SQLite's instant encoding keeps.</summary>
    public DateTimeOffset Now
    {
        get
        {
            var now = clock.GetUtcNow();
            return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        }
    }

    /// <summary>Today in China.</summary>
    public DateOnly Today => DateOnly.FromDateTime(BusinessHours.Local(Now));

    public static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "system";

    /// <summary>
    /// Ids for rows written at the same instant that must list in the order given (history lines, files of one upload):
    /// version-7 ids sorted as both databases sort them (text on SQLite, uuid bytes on PostgreSQL: the same order).
    /// </summary>
    public static Guid[] OrderedIds(int count) =>
        Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).OrderBy(g => g.ToString(), StringComparer.Ordinal).ToArray();

    public Task<CategoryTree.Snapshot> CategoriesAsync(CancellationToken ct) => tree.GetAsync(ct);

    public void CategoriesChanged() => tree.Invalidate();

    public Task<IReadOnlyList<UnitSummary>> UnitsAsync(CancellationToken ct) => organization.UnitsAsync(ct);

    public async Task<UnitSummary?> UnitAsync(string? code, CancellationToken ct) =>
        code is null ? null : await organization.UnitAsync(code, ct);

    public Task<bool> CenterExistsAsync(string code, CancellationToken ct) => organization.CenterExistsAsync(code, ct);

    public Task<IReadOnlyList<CenterName>> StreetsAsync(CancellationToken ct) => organization.CentersAsync(ct);

    /// <summary>The units this user may act for: every unit for agents and supervisors; a unit officer those of the centers in scope.</summary>
    public async Task<IReadOnlyList<UnitSummary>> UnitsOfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var units = await UnitsAsync(ct);
        if (CentralRoles.Any(user.IsInRole))
        {
            return units;
        }

        var scope = await scopes.ForAsync(user, ct);
        if (scope.IsEverything)
        {
            return units;
        }

        // District-level bodies have no center; they belong to whoever sees the root of the center tree.
        var centers = await organization.CentersAsync(ct);
        var root = centers.Count > 0 ? centers[0].Code : null;
        return units.Where(u => u.CenterCode is { } c ? scope.Contains(c) : root is not null && scope.Contains(root)).ToList();
    }

    public async Task<bool> MayActForAsync(ClaimsPrincipal user, string? unitCode, CancellationToken ct) =>
        unitCode is not null && (await UnitsOfAsync(user, ct)).Any(u => u.Code == unitCode);

    public static bool IsCentral(ClaimsPrincipal user) => CentralRoles.Any(user.IsInRole);

    public string? Encrypt(string? value) => protector.Encrypt(value);

    public string? Decrypt(string? value) => protector.Decrypt(value);

    public string? PhoneIndex(string? phone) => protector.BlindIndex(phone);

    /// <summary>
    /// The instant a limit ends when it starts at <paramref name="start"/>, on the calendar of a center (or the district's).
    /// Always in UTC: PostgreSQL takes no other offset, and SQLite compares stored instants by their own clock reading.
    /// </summary>
    public async Task<DateTimeOffset> DeadlineAsync(DateTimeOffset start, int amount, LimitUnit unit, string? centerCode, CancellationToken ct)
    {
        switch (unit)
        {
            case LimitUnit.NaturalHours:
                return start.AddHours(amount);
            case LimitUnit.NaturalDays:
                return start.AddDays(amount);
            case LimitUnit.WorkingDays:
            {
                var calendar = await calendars.ForCenterAsync(centerCode, ct);
                var local = BusinessHours.Local(start);
                var date = calendar.AddWorkdays(DateOnly.FromDateTime(local), amount).Date;
                return new DateTimeOffset(date.ToDateTime(TimeOnly.FromDateTime(local)), BusinessHours.Offset).ToUniversalTime();
            }

            default:
            {
                var office = await hours.OfficeHoursAsync(centerCode, ct);
                var at = office.AddWorkingMinutes(BusinessHours.Local(start), amount * 60)
                    ?? throw new InvalidOperationException("Office hours have no working time within ten years.");
                return new DateTimeOffset(at.At, BusinessHours.Offset).ToUniversalTime();
            }
        }
    }

    /// <summary>The center whose calendar a unit keeps: its own, or the district's.</summary>
    public async Task<string?> CenterOfUnitAsync(string? unitCode, CancellationToken ct) => (await UnitAsync(unitCode, ct))?.CenterCode;

    public async Task<Result<WorkOrder>> FindAsync(Guid id, CancellationToken ct) =>
        await db.Orders.FirstOrDefaultAsync(o => o.Id == id, ct) is { } order
            ? order
            : Error.NotFound("hotline.order_not_found", $"Work order '{id}' does not exist.");

    /// <summary>An order the user may act on as its unit (or as an agent/supervisor): 404 when not found, 403 when another unit's.</summary>
    public async Task<Result<WorkOrder>> FindForUnitAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await FindAsync(id, ct);
        if (!found.IsSuccess)
        {
            return found;
        }

        return await MayActForAsync(user, found.Value!.UnitCode, ct) || (found.Value.UnitCode is null && IsCentral(user))
            ? found
            : Error.Forbidden("hotline.not_your_unit", "This work order is with another unit.");
    }

    public static Error InvalidTransition(WorkOrder order, string action) =>
        Error.Conflict("hotline.invalid_transition", $"Work order {order.Number} is {Wire(order.Status)}; it cannot be {action} now.");

    /// <summary>Records the change as a history event and saves it with the order's revision checked.</summary>
    public async Task<Result<OrderView>> SaveAsync(WorkOrder order, ClaimsPrincipal user, string action, string? detail, CancellationToken ct)
    {
        order.Revision++;
        db.Events.Add(new WorkOrderEvent { OrderId = order.Id, At = Now, Actor = Actor(user), Action = action, Detail = detail });
        try
        {
            // One writer at a time on SQLite: waiting on the gate hands the file lock over at once, where SQLite's
            // own busy handling backs off by sleeping (16 clients: 10 -> 111 lifecycles/s, docs/benchmarks.md).
            using (gate is null ? null : await gate.EnterAsync(ct))
            {
                await db.SaveChangesAsync(ct);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Error.Conflict("hotline.concurrent_change", $"Work order {order.Number} was changed by someone else; reload it and try again.");
        }

        return await ViewAsync(order, ct);
    }

    public static string Wire<TEnum>(TEnum value) where TEnum : struct, Enum => EnumParsing.ToWire(value);

    public static bool IsOpen(OrderStatus status) => status is OrderStatus.Registered or OrderStatus.Dispatched or OrderStatus.Accepted or OrderStatus.ReturnRequested;

    public async Task<OrderView> ViewAsync(WorkOrder o, CancellationToken ct)
    {
        var categories = await CategoriesAsync(ct);
        var unit = await UnitAsync(o.UnitCode, ct);
        return View(o, categories, unit?.Name, Now);
    }

    public async Task<IReadOnlyList<OrderView>> ViewsAsync(IEnumerable<WorkOrder> orders, CancellationToken ct)
    {
        var categories = await CategoriesAsync(ct);
        var units = (await UnitsAsync(ct)).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var now = Now;
        return orders.Select(o => View(o, categories, o.UnitCode is { } u && units.TryGetValue(u, out var n) ? n : null, now)).ToList();
    }

    private OrderView View(WorkOrder o, CategoryTree.Snapshot categories, string? unitName, DateTimeOffset now) => new(
        o.Id,
        o.Number,
        Wire(o.Type),
        Wire(o.Channel),
        Wire(o.Status),
        Masking.Name(protector.Decrypt(o.CallerNameEncrypted)),
        Masking.Phone(protector.Decrypt(o.CallerPhoneEncrypted)),
        o.CategoryCode,
        categories.PathName(o.CategoryCode),
        o.StreetCode,
        o.Content,
        o.UnitCode,
        unitName,
        o.CreatedAt,
        o.RespondBy,
        o.AcceptedAt,
        o.DueAt,
        o.RepliedAt,
        o.ClosedAt,
        IsOpen(o.Status) && o.DueAt < now,
        o.Urgent,
        o.SupervisionLevel,
        o.OnLedger,
        o.NextFollowUpOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Wire(o.Extension),
        o.ExtensionDays,
        o.CallbackSatisfaction is { } s ? Wire(s) : null,
        o.MergedIntoId);

    public async Task<OrderDetail> DetailAsync(WorkOrder o, CancellationToken ct)
    {
        var view = await ViewAsync(o, ct);
        var history = await db.Events.AsNoTracking().Where(e => e.OrderId == o.Id).OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new EventView(e.At, e.Action, e.Actor, e.Detail)).ToListAsync(ct);
        var files = await db.Files.AsNoTracking().Where(f => f.OrderId == o.Id).OrderBy(f => f.At).ThenBy(f => f.Id)
            .Select(f => new FileView(f.Id, f.FileName, f.ContentType, f.Size, f.At, f.By, f.VerificationId)).ToListAsync(ct);
        var verifications = await db.Verifications.AsNoTracking().Where(v => v.OrderId == o.Id).OrderBy(v => v.At).ToListAsync(ct);
        return new OrderDetail(
            view,
            o.CallerAddressEncrypted is null ? null : Masking.Address(protector.Decrypt(o.CallerAddressEncrypted)),
            o.ReplyContent,
            o.ReplySolved,
            o.ClosedAtIntake,
            o.KnowledgeCode,
            o.CallbackAt,
            o.CallbackValid,
            o.CallbackContacted,
            o.CallbackSolved,
            o.ReopenCount,
            history,
            files.Where(f => f.VerificationId is null).ToList(),
            verifications.Select(v => new VerificationView(v.Id, v.At, v.By, v.Findings, v.Location, files.Where(f => f.VerificationId == v.Id).ToList())).ToList());
    }
}
