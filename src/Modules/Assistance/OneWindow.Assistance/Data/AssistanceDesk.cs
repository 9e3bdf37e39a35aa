using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Assistance.Domain;
using OneWindow.Calendar.Contracts;
using OneWindow.Cases.Contracts;
using OneWindow.Catalog.Contracts;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.SharedKernel.Time;

namespace OneWindow.Assistance.Data;

/// <summary>What the assistance use cases share: the database, the clock, scopes, the catalog, calendars and personal-data protection.</summary>
internal sealed class AssistanceDesk(
    AssistanceDbContext db,
    IDataScope scopes,
    IOrganizationDirectory directory,
    IHallDirectory halls,
    ICatalog catalog,
    ICalendarProvider calendars,
    PersonalDataProtector protector,
    AssistanceOptions options,
    IServiceProvider services,
    TimeProvider clock)
{
    public AssistanceDbContext Db => db;

    public ICatalog Catalog => catalog;

    public AssistanceOptions Options => options;

    public IServiceProvider Services => services;

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => ChinaTime.Today(clock);

    public static string Actor(ClaimsPrincipal user) => user?.Identity?.Name ?? "unknown";

    public Task<CenterScope> ScopeAsync(ClaimsPrincipal user, CancellationToken ct) => scopes.ForAsync(user, ct);

    public Task<WorkCalendar> CalendarAsync(string center, CancellationToken ct) => calendars.ForCenterAsync(center, ct);

    public string? Encrypt(string? value) => string.IsNullOrWhiteSpace(value) ? null : protector.Encrypt(value.Trim());

    public string? Decrypt(string? stored) => stored is null ? null : protector.Decrypt(stored);

    public string? BlindIndex(string? value) => string.IsNullOrWhiteSpace(value) ? null : protector.BlindIndex(value);

    /// <summary>The hall, when it exists and lies in a center the user may see.</summary>
    public async Task<HallSummary?> HallAsync(string? hallCode, CenterScope scope, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(hallCode) ? null : (await directory.HallsAsync(scope, ct)).FirstOrDefault(h => h.Code == hallCode);

    /// <summary>True when the window belongs to the hall.</summary>
    public async Task<bool> WindowExistsAsync(string hallCode, string windowCode, CancellationToken ct) =>
        await halls.WindowAsync(hallCode, windowCode, ct) is not null;

    public async Task<bool> CenterVisibleAsync(string? centerCode, CenterScope scope, CancellationToken ct) =>
        !string.IsNullOrWhiteSpace(centerCode) && scope.Contains(centerCode) && await directory.CenterExistsAsync(centerCode, ct);

    /// <summary>When the case module is present, the case must exist; otherwise the number is kept as given.</summary>
    public async Task<string?> CaseRefusalAsync(string? caseNumber, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(caseNumber) || services.GetService<ICaseDirectory>() is not { } cases)
        {
            return null;
        }

        return await cases.FindByNumberAsync(caseNumber.Trim(), ct) is null ? $"there is no case '{caseNumber.Trim()}'" : null;
    }

    public void Record(Guid recordId, ClaimsPrincipal user, string action, string? detail = null) =>
        db.Events.Add(new AssistanceEvent { RecordId = recordId, At = Now, Actor = Actor(user), Action = action, Detail = detail is { Length: > 500 } ? detail[..500] : detail });

    public async Task<IReadOnlyList<EventView>> HistoryAsync(Guid recordId, CancellationToken ct) =>
        (await db.Events.AsNoTracking().Where(e => e.RecordId == recordId).ToListAsync(ct))
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new EventView(Local(e.At), e.Actor, e.Action, e.Detail)).ToList();

    /// <summary>BB/DB/KY + China date + six random hex characters: unique without a counter to fight over.</summary>
    public string NewNumber(string prefix) =>
        prefix + Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    public static DateTimeOffset Local(DateTimeOffset at) => ChinaTime.ToLocal(at);

    public static DateTimeOffset? Local(DateTimeOffset? at) => at is { } a ? ChinaTime.ToLocal(a) : null;

    public static bool TryMonth(string? text, out DateOnly first) =>
        DateOnly.TryParseExact((text ?? string.Empty) + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first);

    /// <summary>The instants bounding a China-time month.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) MonthRange(DateOnly first)
    {
        var offset = TimeSpan.FromHours(8);
        var from = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), offset);
        return (from.ToUniversalTime(), from.AddMonths(1).ToUniversalTime());
    }

    public static Error Illegal(string code, string from, string action) =>
        Error.Conflict(code, $"A record that is {from} cannot be {action}.");

    public static Error Changed(string code) =>
        Error.Conflict(code, "Someone else changed this record at the same time; reload it and try again.");
}

internal sealed record EventView(DateTimeOffset At, string Actor, string Action, string? Detail);
