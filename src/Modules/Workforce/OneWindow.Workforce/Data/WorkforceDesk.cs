using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Contracts;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Auditing;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.SharedKernel.Security;
using OneWindow.SharedKernel.Time;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Data;

/// <summary>What the workforce use cases share: the database, centers and their subtrees, calendars, hours, personal data, the clock.</summary>
internal sealed class WorkforceDesk(
    WorkforceDbContext db,
    IDataScope scopes,
    IOrganizationDirectory organization,
    ICalendarProvider calendars,
    IBusinessHoursProvider hours,
    PersonalDataProtector protector,
    IAuditSink audit,
    WorkforceOptions options,
    TimeProvider clock)
{
    /// <summary>Who manages posts, staff, rosters and leave: the contractor's managers and administrators.</summary>
    public static readonly string[] ManagerRoles = [Roles.SystemAdmin, Roles.ProjectManager, Roles.BusinessManager];

    private readonly Dictionary<string, IReadOnlyCollection<string>> _subtrees = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WorkCalendar> _calendars = new(StringComparer.Ordinal);
    private IReadOnlyList<HallSummary>? _halls;

    public WorkforceDbContext Db => db;

    public WorkforceOptions Options => options;

    public IAuditSink Audit => audit;

    public IOrganizationDirectory Organization => organization;

    public IBusinessHoursProvider Hours => hours;

    public DateTimeOffset Now
    {
        get
        {
            var now = clock.GetUtcNow();
            return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        }
    }

    /// <summary>Today in China.</summary>
    public DateOnly Today => ChinaTime.Today(clock);

    /// <summary>The time of day in China now.</summary>
    public TimeOnly TimeOfDay => TimeOnly.FromDateTime(ChinaTime.ToLocal(clock.GetUtcNow()).DateTime);

    public static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "system";

    public static bool IsManager(ClaimsPrincipal user) => ManagerRoles.Any(user.IsInRole);

    public string? Encrypt(string? value) => protector.Encrypt(value);

    public string? Decrypt(string? value) => protector.Decrypt(value);

    public string? BlindIndex(string? value) => protector.BlindIndex(value);

    public Task<CenterScope> ScopeAsync(ClaimsPrincipal user, CancellationToken ct) => scopes.ForAsync(user, ct);

    /// <summary>The center and every center below it.</summary>
    public async Task<IReadOnlyCollection<string>> SubtreeAsync(string centerCode, CancellationToken ct)
    {
        if (!_subtrees.TryGetValue(centerCode, out var codes))
        {
            var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(OneWindowClaims.CenterScope, centerCode)], "subtree"));
            codes = (await scopes.ForAsync(principal, ct)).Codes;
            _subtrees[centerCode] = codes;
        }

        return codes;
    }

    /// <summary>The subtrees of several centers together.</summary>
    public async Task<HashSet<string>> SubtreesAsync(IEnumerable<string> centerCodes, CancellationToken ct)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in centerCodes)
        {
            all.UnionWith(await SubtreeAsync(code, ct));
        }

        return all;
    }

    public async Task<WorkCalendar> CalendarAsync(string centerCode, CancellationToken ct)
    {
        if (!_calendars.TryGetValue(centerCode, out var calendar))
        {
            calendar = await calendars.ForCenterAsync(centerCode, ct);
            _calendars[centerCode] = calendar;
        }

        return calendar;
    }

    public async Task<IReadOnlyList<HallSummary>> HallsAsync(CancellationToken ct) =>
        _halls ??= await organization.HallsAsync(CenterScope.Everything, ct);

    /// <summary>
    /// A center the user may see, as a validation result: 400 when missing, 404 when no such center, 403 when outside
    /// the user's centers.
    /// </summary>
    public async Task<Error?> CheckCenterAsync(string? centerCode, CenterScope scope, string field, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(centerCode))
        {
            return Error.Invalid(field, "is required");
        }

        if (!await organization.CenterExistsAsync(centerCode, ct))
        {
            return Error.Invalid(field, $"there is no center '{centerCode}'", "workforce.unknown_center");
        }

        return scope.Contains(centerCode) ? null : Error.Forbidden("workforce.center_out_of_scope", $"Center '{centerCode}' is outside your centers.");
    }

    public async Task<Staff?> StaffByCodeAsync(string? code, bool tracked, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var query = tracked ? db.Staff : db.Staff.AsNoTracking();
        return await query.FirstOrDefaultAsync(s => s.Code == code.Trim(), ct);
    }

    /// <summary>The staff member linked to the signed-in account, if any.</summary>
    public async Task<Staff?> StaffOfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var name = user.Identity?.Name;
        return name is null ? null : await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.UserName == name, ct);
    }

    /// <summary>The regular (not extended) working hours of a center on a date: its first hall's hours, else the configured day.</summary>
    public async Task<(TimeOnly Start, TimeOnly End)> RegularHoursAsync(string centerCode, DateOnly date, CancellationToken ct)
    {
        var fallback = (TimeOnly.Parse(options.DayStart, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(options.DayEnd, System.Globalization.CultureInfo.InvariantCulture));
        var hall = (await HallsAsync(ct)).FirstOrDefault(h => h.CenterCode == centerCode);
        if (hall is null || await hours.ForHallAsync(hall.Code, ct) is not { } business)
        {
            return fallback;
        }

        var regular = business.PeriodsOn(date).Where(p => !p.Extended).ToList();
        return regular.Count == 0 ? fallback : (regular.Min(p => p.Start), regular.Max(p => p.End));
    }

    public static Error StaffNotFound(string? code) => Error.NotFound("workforce.unknown_staff", $"There is no staff member '{code}'.");

    public static Error PostNotFound(string? code) => Error.NotFound("workforce.unknown_post", $"There is no post '{code}'.");
}
