using System.Globalization;
using System.Net;
using OneWindow.Testing;
using static OneWindow.Workforce.Tests.Integration.Staffing;

namespace OneWindow.Workforce.Tests.Integration;

/// <summary>Extended shifts from OneWindow:Workforce:ExtendedShifts instead of the halls' hours.</summary>
public sealed class ConfiguredShiftsApp() : WorkforceApp(new Dictionary<string, string?>
{
    ["OneWindow:Workforce:ExtendedShifts:0:center"] = "sjs-lugu",
    ["OneWindow:Workforce:ExtendedShifts:0:code"] = "morning",
    ["OneWindow:Workforce:ExtendedShifts:0:label"] = "早间延时",
    ["OneWindow:Workforce:ExtendedShifts:0:days"] = "workday",
    ["OneWindow:Workforce:ExtendedShifts:0:start"] = "08:00",
    ["OneWindow:Workforce:ExtendedShifts:0:end"] = "09:00",
    ["OneWindow:Workforce:ExtendedShifts:0:required"] = "1",
    ["OneWindow:Workforce:ExtendedShifts:1:center"] = "sjs-lugu",
    ["OneWindow:Workforce:ExtendedShifts:1:code"] = "saturday",
    ["OneWindow:Workforce:ExtendedShifts:1:label"] = "周六延时",
    ["OneWindow:Workforce:ExtendedShifts:1:days"] = "saturday",
    ["OneWindow:Workforce:ExtendedShifts:1:start"] = "09:00",
    ["OneWindow:Workforce:ExtendedShifts:1:end"] = "13:00",
    ["OneWindow:Workforce:ExtendedShifts:1:required"] = "1",
});

[Trait("Category", "Integration")]
public sealed class ConfiguredShiftsTests(ConfiguredShiftsApp app) : IClassFixture<ConfiguredShiftsApp>
{
    [Fact]
    public async Task Configured_weekday_and_Saturday_shifts_are_rostered_and_a_Saturday_earns_a_whole_comp_day()
    {
        var admin = await app.AdminAsync();
        var month = new DateOnly(Today.Year, Today.Month, 1).AddMonths(1);
        var roster = await (await admin.PostJsonAsync("/api/v1/workforce/rosters", new { centerCode = "sjs-lugu", month = Month(month) })).ExpectAsync(HttpStatusCode.Created);
        var id = roster.GetProperty("id").GetGuid();
        var grid = await (await admin.GetAsync($"/api/v1/workforce/rosters/{id}")).ExpectAsync(HttpStatusCode.OK);
        var types = grid.GetProperty("shiftTypes").EnumerateArray().Select(s => (s.GetProperty("code").GetString(), s.GetProperty("label").GetString(), s.GetProperty("start").GetString(), s.GetProperty("end").GetString())).ToList();
        Assert.Equal([("morning", "早间延时", "08:00", "09:00"), ("saturday", "周六延时", "09:00", "13:00")], types.OrderBy(t => t.Item1, StringComparer.Ordinal));

        var days = grid.GetProperty("days").EnumerateArray().Select(d => (Date: d.GetProperty("date").GetString()!, Workday: d.GetProperty("isWorkday").GetBoolean())).ToList();
        var cells = grid.GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("cells").EnumerateArray()).ToList();
        int Count(string date, string code) => cells.Count(c => c.GetProperty("date").GetString() == date && c.GetProperty("shifts").EnumerateArray().Any(s => s.GetString() == code));
        foreach (var (date, workday) in days)
        {
            var saturday = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayOfWeek == DayOfWeek.Saturday;
            Assert.Equal(workday ? 1 : 0, Count(date, "morning"));
            Assert.Equal(saturday && !workday ? 1 : 0, Count(date, "saturday"));
        }

        await (await admin.PostAsync($"/api/v1/workforce/rosters/{id}/publish", null)).ExpectAsync(HttpStatusCode.OK);
        var saturdays = days.Count(d => !d.Workday && DateOnly.ParseExact(d.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayOfWeek == DayOfWeek.Saturday);
        var mornings = days.Count(d => d.Workday);
        var balances = (await (await admin.GetAsync("/api/v1/workforce/comp-time?center=sjs-lugu")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(saturdays + mornings / 8m, balances.Sum(b => b.GetProperty("earned").GetDecimal()), 1);
        var compDays = cells.Count(c => c.GetProperty("compDay").GetBoolean());
        Assert.Equal(compDays, balances.Sum(b => b.GetProperty("spent").GetDecimal()));
    }
}
