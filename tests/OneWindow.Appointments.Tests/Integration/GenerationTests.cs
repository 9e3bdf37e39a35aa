using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Appointments.Features.GenerateSlots;
using OneWindow.Testing;
using static OneWindow.Appointments.Tests.Integration.Booking;

namespace OneWindow.Appointments.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class GenerationTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Generating_two_weeks_follows_the_calendar_and_a_second_run_changes_nothing()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin, categories: ["personal", "social"]);
        await TemplateAsync(admin, hall, new { category = "personal", days = "workday", start = "09:00", end = "10:00", slotMinutes = 30, capacity = 2, label = "上午" });
        await TemplateAsync(admin, hall, new { category = "personal", days = "sat", start = "09:00", end = "10:00", slotMinutes = 30, capacity = 1, extended = true, label = "周六延时" });
        await TemplateAsync(admin, hall, new { category = "social", days = "mon", start = "14:00", end = "15:00", slotMinutes = 60, capacity = 1 });

        var generated = await GenerateAsync(admin, hall, Tomorrow, 14);

        var expectedTotal = 0;
        var kinds = new List<string>();
        for (var date = Tomorrow; date < Tomorrow.AddDays(14); date = date.AddDays(1))
        {
            var kind = await KindAsync(date, "sjs");
            kinds.Add(kind + ":" + date.DayOfWeek);
            var expected = Expected(kind, date.DayOfWeek);
            expectedTotal += expected.Count;
            var actual = (await SlotsAsync(app.CreateClient(), hall, date))
                .Select(s => $"{s.GetProperty("category").GetString()} {s.GetProperty("start").GetString()}-{s.GetProperty("end").GetString()} {s.GetProperty("label").GetString()} {s.GetProperty("capacity").GetInt32()}")
                .ToList();
            Assert.True(expected.SequenceEqual(actual), $"{Text(date)} ({kind}, {date.DayOfWeek}): expected [{string.Join(", ", expected)}] got [{string.Join(", ", actual)}]");
        }

        Assert.Contains(kinds, k => k.EndsWith(":Saturday", StringComparison.Ordinal));
        Assert.Contains(kinds, k => k == "workday:Monday");
        Assert.Equal(expectedTotal, generated.GetProperty("created").GetInt32());
        Assert.Equal(0, generated.GetProperty("cancelled").GetInt32());
        Assert.Equal(Text(Tomorrow.AddDays(13)), generated.GetProperty("to").GetString());

        var again = await GenerateAsync(admin, hall, Tomorrow, 14);
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(0, again.GetProperty("cancelled").GetInt32());
        Assert.Equal(0, again.GetProperty("notified").GetInt32());
    }

    [Fact]
    public async Task A_day_that_becomes_a_closure_loses_its_template_slots_and_the_booked_visitor_is_told_while_manual_slots_stay()
    {
        var admin = await app.ClientForAsync();
        var center = await CenterAsync(admin);
        var hall = await HallAsync(admin, center);
        await TemplateAsync(admin, hall, new { category = "personal", days = "workday", start = "09:00", end = "10:00", slotMinutes = 30, capacity = 2 });
        await GenerateAsync(admin, hall, Tomorrow, 14);
        var day = Tomorrow;
        while (await KindAsync(day, center) != "workday")
        {
            day = day.AddDays(1);
        }

        var templateSlot = (await SlotsAsync(admin, hall, day))[0].GetProperty("id").GetGuid();
        var manualSlot = await SlotAsync(admin, hall, day, "15:00", "15:30", 1);
        var visitor = app.CreateClient();
        var code = (await BookedAsync(visitor, templateSlot, Phone(1))).GetProperty("code").GetString()!;
        await BookedAsync(visitor, manualSlot, Phone(2));

        await (await admin.PostJsonAsync("/api/v1/calendar/overrides", new { centerCode = center, date = Text(day), isWorkday = false, reason = "停电检修" })).ExpectAsync(HttpStatusCode.Created);
        var regenerated = await GenerateAsync(admin, hall, Tomorrow, 14);

        Assert.Equal(0, regenerated.GetProperty("created").GetInt32());
        Assert.Equal(2, regenerated.GetProperty("cancelled").GetInt32());
        Assert.Equal(1, regenerated.GetProperty("notified").GetInt32());
        var left = Assert.Single(await SlotsAsync(visitor, hall, day));
        Assert.Equal(manualSlot, left.GetProperty("id").GetGuid());
        Assert.Equal(1, left.GetProperty("booked").GetInt32());
        Assert.Equal("cancelled-by-center", (await LookUpAsync(visitor, code, Phone(1))).GetProperty("status").GetString());
        await (await BookAsync(visitor, templateSlot, Phone(3))).ExpectProblemAsync(HttpStatusCode.Conflict, "appointments.slot_cancelled");
        Assert.Contains(app.Logs.Lines, l => l.Contains("appointment-cancelled-by-center", StringComparison.Ordinal) && l.Contains(code, StringComparison.Ordinal));
        Assert.DoesNotContain(Phone(1), app.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retiring_a_template_withdraws_its_future_slots_at_the_next_generation()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var kept = await TemplateAsync(admin, hall, new { category = "personal", days = "workday", start = "09:00", end = "10:00", slotMinutes = 30, capacity = 2 });
        var retired = await TemplateAsync(admin, hall, new { category = "personal", days = "workday", start = "16:00", end = "17:00", slotMinutes = 60, capacity = 2 });
        var first = await GenerateAsync(admin, hall, Tomorrow, 7);
        var workdays = first.GetProperty("created").GetInt32() / 3;
        Assert.True(workdays >= 3);

        await (await admin.DeleteAsync($"/api/v1/halls/{hall}/slot-templates/{retired}")).ExpectAsync(HttpStatusCode.NoContent);
        await (await admin.DeleteAsync($"/api/v1/halls/{hall}/slot-templates/{retired}")).ExpectProblemAsync(HttpStatusCode.NotFound, "appointments.template_not_found");
        var second = await GenerateAsync(admin, hall, Tomorrow, 7);

        Assert.Equal(workdays, second.GetProperty("cancelled").GetInt32());
        Assert.Equal(0, second.GetProperty("created").GetInt32());
        var templates = await (await admin.GetAsync($"/api/v1/halls/{hall}/slot-templates")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(kept, Assert.Single(templates.EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Template_and_generation_input_is_validated_and_overlapping_templates_are_refused()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var url = $"/api/v1/halls/{hall}/slot-templates";

        var fields = await (await admin.PostJsonAsync(url, new { category = "personal", days = "holiday", start = "09:00", end = "10:00", slotMinutes = 45, capacity = 0, label = "<script>" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["capacity", "days", "label", "slotMinutes"], fields.Order(StringComparer.Ordinal));
        Assert.Equal(["end"], await (await admin.PostJsonAsync(url, new { category = "personal", days = "workday", start = "10:00", end = "09:00", slotMinutes = 30, capacity = 1 })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        await (await admin.PostJsonAsync(url, new { category = "nope", days = "workday", start = "09:00", end = "10:00", slotMinutes = 30, capacity = 1 })).ExpectProblemAsync(HttpStatusCode.BadRequest, "appointments.unknown_category");
        await (await admin.PostJsonAsync("/api/v1/halls/no-such-hall/slot-templates", new { category = "personal", days = "workday", start = "09:00", end = "10:00", slotMinutes = 30, capacity = 1 })).ExpectProblemAsync(HttpStatusCode.NotFound, "appointments.unknown_hall");

        await TemplateAsync(admin, hall, new { category = "personal", days = "workday", start = "09:00", end = "12:00", slotMinutes = 30, capacity = 4 });
        await (await admin.PostJsonAsync(url, new { category = "personal", days = "mon", start = "11:00", end = "12:00", slotMinutes = 30, capacity = 1 })).ExpectProblemAsync(HttpStatusCode.Conflict, "appointments.template_overlap");
        await TemplateAsync(admin, hall, new { category = "personal", days = "sat", start = "09:00", end = "12:00", slotMinutes = 30, capacity = 2 });
        Assert.Equal(2, (await (await admin.GetAsync(url)).ExpectAsync(HttpStatusCode.OK)).GetArrayLength());

        var generate = $"/api/v1/halls/{hall}/slots/generate";
        Assert.Equal(["from"], await (await admin.PostJsonAsync(generate, new { from = Text(Today.AddDays(-1)), days = 3 })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["days"], await (await admin.PostJsonAsync(generate, new { from = Text(Tomorrow), days = 0 })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["days"], await (await admin.PostJsonAsync(generate, new { from = Text(Tomorrow), days = 400 })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostJsonAsync(generate, new { from = Text(Tomorrow), days = 3 })).StatusCode);
        for (var date = Today; date < Today.AddDays(14); date = date.AddDays(1))
        {
            Assert.Empty(await SlotsAsync(admin, hall, date));
        }
    }

    [Fact]
    public async Task The_nightly_job_generates_the_coming_days_of_every_hall_with_templates()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        foreach (var days in new[] { "workday", "sat", "sun" })
        {
            await TemplateAsync(admin, hall, new { category = "personal", days, start = "21:00", end = "21:30", slotMinutes = 30, capacity = 1 });
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var job = ActivatorUtilities.CreateInstance<GenerateSlots.Job>(scope.ServiceProvider);
            await job.Execute(null!, CancellationToken.None);
        }

        for (var date = Tomorrow; date < Today.AddDays(14); date = date.AddDays(1))
        {
            var kind = await KindAsync(date, "sjs");
            Assert.Equal(kind == "holiday" ? 0 : 1, (await SlotsAsync(admin, hall, date)).Count);
        }

        Assert.Empty(await SlotsAsync(admin, hall, Today.AddDays(14)));
    }

    /// <summary>What the templates of the first test give a day of that kind, as "category start-end label capacity".</summary>
    private static List<string> Expected(string kind, DayOfWeek weekday)
    {
        var workday = new List<string> { "personal 09:00-09:30 上午 2", "personal 09:30-10:00 上午 2" };
        return kind switch
        {
            "workday" when weekday == DayOfWeek.Monday => [.. workday, "social 14:00-15:00  1"],
            "workday" or "adjusted-workday" => workday,
            "weekend" when weekday == DayOfWeek.Saturday => ["personal 09:00-09:30 周六延时 1", "personal 09:30-10:00 周六延时 1"],
            _ => [],
        };
    }

    private async Task<string> KindAsync(DateOnly date, string center) =>
        (await (await app.CreateClient().GetAsync($"/api/v1/calendar/days/{Text(date)}?center={center}")).ExpectAsync(HttpStatusCode.OK)).GetProperty("kind").GetString()!;

    private static async Task<Guid> TemplateAsync(HttpClient admin, string hall, object template) =>
        (await (await admin.PostJsonAsync($"/api/v1/halls/{hall}/slot-templates", template)).ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<JsonElement> GenerateAsync(HttpClient admin, string hall, DateOnly from, int days) =>
        await (await admin.PostJsonAsync($"/api/v1/halls/{hall}/slots/generate", new { from = Text(from), days })).ExpectAsync(HttpStatusCode.OK);
}
