using System.Net;
using OneWindow.Testing;

namespace OneWindow.Queue.Tests.Integration;

/// <summary>With business hours enforced (the default outside tests), a hall issues numbers only while it serves.</summary>
[Trait("Category", "Integration")]
public sealed class BusinessHoursQueueTests
{
    [Fact]
    public async Task A_kiosk_outside_the_halls_hours_gets_409_hall_closed_and_no_number_is_used()
    {
        await using var app = new AppFactory(settings: new Dictionary<string, string?> { ["OneWindow:Queue:IgnoreBusinessHours"] = "false" });
        var admin = await app.ClientForAsync();
        var hall = await HallBuilder.CreateAsync(admin, 1, ("personal", "B"));

        // Open for one minute after midnight only: closed now (unless this runs in that minute, which the test checks).
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var minute = new { start = "00:00", end = "00:01", extended = false, label = "测试" };
        await (await admin.PostJsonAsync($"/api/v1/calendar/halls/{hall}/schedules", new
        {
            effectiveFrom = today,
            periods = new[] { new { days = "workday", minute.start, minute.end, minute.extended, minute.label }, new { days = "saturday", minute.start, minute.end, minute.extended, minute.label }, new { days = "sunday", minute.start, minute.end, minute.extended, minute.label } },
        })).ExpectAsync(HttpStatusCode.Created);
        var serving = await (await admin.GetAsync($"/api/v1/calendar/halls/{hall}/serving")).ExpectAsync(HttpStatusCode.OK);
        Assert.False(serving.GetProperty("serving").GetBoolean(), "this test ran in the hall's one open minute");

        var kiosk = app.CreateClient();
        await (await kiosk.PostJsonAsync($"/api/v1/halls/{hall}/tickets", new { category = "personal" })).ExpectProblemAsync(HttpStatusCode.Conflict, "queue.hall_closed");

        var board = await (await kiosk.GetAsync($"/api/v1/halls/{hall}/board")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, board.GetProperty("waiting").GetInt32());
    }
}
