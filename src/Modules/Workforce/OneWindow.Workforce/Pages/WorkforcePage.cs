using System.Globalization;
using Microsoft.AspNetCore.Components;
using OneWindow.Organization.Contracts;
using OneWindow.Workforce.Data;

namespace OneWindow.Workforce.Pages;

/// <summary>What the workforce pages share: the centers the user sees, a chosen center and month, China's today.</summary>
public abstract class WorkforcePage : ScopedPage
{
    /// <summary>?month=YYYY-MM opens that month.</summary>
    [SupplyParameterFromQuery(Name = "month")]
    public string? MonthQuery { get; set; }

    /// <summary>?center=code opens that center.</summary>
    [SupplyParameterFromQuery(Name = "center")]
    public string? CenterQuery { get; set; }

    internal IReadOnlyList<CenterName> Centers { get; private set; } = [];

    internal string? Center { get; set; }

    internal DateOnly Month { get; set; }

    internal string MonthText => Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    internal static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal async Task<DateOnly> TodayAsync() =>
        await RunScopedAsync<WorkforceDesk, DateOnly>((desk, _, _) => Task.FromResult(desk.Today));

    /// <summary>Loads the user's centers and picks the first (the root of what they see) and this month.</summary>
    internal async Task InitCentersAsync()
    {
        Centers = await RunScopedAsync<IOrganizationDirectory, IReadOnlyList<CenterName>>((directory, scope, _) => directory.CentersAsync(scope));
        Center ??= Centers.FirstOrDefault(c => c.Code == CenterQuery)?.Code ?? (Centers.Count > 0 ? Centers[0].Code : null);
        var today = await TodayAsync();
        if (Month == default)
        {
            Month = Wire.TryMonth(MonthQuery, out var asked) ? asked : new DateOnly(today.Year, today.Month, 1);
        }
    }

    internal string CenterName(string code) => Centers.FirstOrDefault(c => c.Code == code)?.Name ?? code;
}
