using System.Net;
using OneWindow.Testing;
using static OneWindow.Appointments.Tests.Integration.Booking;

namespace OneWindow.Appointments.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class SlotApiTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Staff_create_a_slot_and_the_public_list_shows_it_with_nothing_booked()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin, categories: ["personal", "social"]);

        var created = await (await admin.PostJsonAsync($"/api/v1/halls/{hall}/slots", new { category = "personal", date = Text(Tomorrow), start = "09:00", end = "09:30", capacity = 5, extended = true, label = "晚间延时" }))
            .ExpectAsync(HttpStatusCode.Created);
        await SlotAsync(admin, hall, Tomorrow, "09:30", "10:00", 3, "social");

        var anonymous = app.CreateClient();
        var all = await SlotsAsync(anonymous, hall, Tomorrow);
        Assert.Equal(2, all.Count);
        var slot = all[0];
        Assert.Equal(created.GetProperty("id").GetGuid(), slot.GetProperty("id").GetGuid());
        Assert.Equal("personal", slot.GetProperty("category").GetString());
        Assert.Equal(Text(Tomorrow), slot.GetProperty("date").GetString());
        Assert.Equal("09:00", slot.GetProperty("start").GetString());
        Assert.Equal("09:30", slot.GetProperty("end").GetString());
        Assert.Equal(5, slot.GetProperty("capacity").GetInt32());
        Assert.Equal(0, slot.GetProperty("booked").GetInt32());
        Assert.True(slot.GetProperty("extended").GetBoolean());
        Assert.Equal("晚间延时", slot.GetProperty("label").GetString());

        var social = Assert.Single(await SlotsAsync(anonymous, hall, Tomorrow, "social"));
        Assert.Equal("09:30", social.GetProperty("start").GetString());
        Assert.Empty(await SlotsAsync(anonymous, hall, Tomorrow.AddDays(1)));
    }

    [Fact]
    public async Task Bad_slot_input_is_refused_with_problem_codes_and_stores_nothing()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var url = $"/api/v1/halls/{hall}/slots";
        var tomorrow = Text(Tomorrow);

        var fields = await (await admin.PostJsonAsync(url, new { category = "personal", date = tomorrow, start = "09:00", end = "09:30", capacity = 0 })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["capacity"], fields);
        fields = await (await admin.PostJsonAsync(url, new { category = "personal", date = tomorrow, start = "10:00", end = "10:00", capacity = 2 })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["end"], fields);
        fields = await (await admin.PostJsonAsync(url, new { category = "personal", date = tomorrow, start = "11:00", end = "10:00", capacity = 2 })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["end"], fields);
        fields = await (await admin.PostJsonAsync(url, new { category = "personal", date = "2026-02-30", start = "9am", end = "10:00", capacity = 2 })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["date", "start"], fields.Order(StringComparer.Ordinal));
        fields = await (await admin.PostJsonAsync(url, new { category = "personal", date = Text(Today.AddDays(-1)), start = "09:00", end = "09:30", capacity = 2 })).ExpectProblemAsync(HttpStatusCode.BadRequest, "appointments.slot_past");
        Assert.Equal(["date"], fields);
        fields = await (await admin.PostJsonAsync(url, new { category = "nope", date = tomorrow, start = "09:00", end = "09:30", capacity = 2 })).ExpectProblemAsync(HttpStatusCode.BadRequest, "appointments.unknown_category");
        Assert.Equal(["category"], fields);
        await (await admin.PostJsonAsync("/api/v1/halls/no-such-hall/slots", new { category = "personal", date = tomorrow, start = "09:00", end = "09:30", capacity = 2 })).ExpectProblemAsync(HttpStatusCode.NotFound, "appointments.unknown_hall");
        await (await admin.PostRawAsync(url, "{\"category\":\"personal\",\"capacity\":\"many\"}")).ExpectAsync(HttpStatusCode.BadRequest);
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync(url, new { category = "personal", date = tomorrow, start = "09:00", end = "09:30", capacity = 2 })).StatusCode);

        Assert.Empty(await SlotsAsync(anonymous, hall, Tomorrow));
        Assert.Empty(await SlotsAsync(anonymous, hall, Today.AddDays(-1)));
    }

    [Fact]
    public async Task The_same_slot_twice_is_a_conflict()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        await TomorrowSlotAsync(admin, hall);

        await (await admin.PostJsonAsync($"/api/v1/halls/{hall}/slots", new { category = "personal", date = Text(Tomorrow), start = "10:00", end = "10:30", capacity = 9 }))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "appointments.slot_exists");
        Assert.Single(await SlotsAsync(app.CreateClient(), hall, Tomorrow));
    }

    [Fact]
    public async Task The_public_list_needs_a_date_a_known_hall_and_a_known_category()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var anonymous = app.CreateClient();

        Assert.Equal(["date"], await (await anonymous.GetAsync($"/api/v1/halls/{hall}/slots")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["date"], await (await anonymous.GetAsync($"/api/v1/halls/{hall}/slots?date=tomorrow")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        await (await anonymous.GetAsync($"/api/v1/halls/{hall}/slots?date={Text(Tomorrow)}&category=nope")).ExpectProblemAsync(HttpStatusCode.BadRequest, "appointments.unknown_category");
        await (await anonymous.GetAsync($"/api/v1/halls/no-such-hall/slots?date={Text(Tomorrow)}")).ExpectProblemAsync(HttpStatusCode.NotFound, "appointments.unknown_hall");
    }

    [Fact]
    public async Task The_demo_district_hall_offers_bookable_slots_from_its_scenario_templates()
    {
        var anonymous = app.CreateClient();
        var admin = await app.ClientForAsync();
        var next = Tomorrow;
        for (var i = 0; i < 7; i++, next = next.AddDays(1))
        {
            var kind = (await (await anonymous.GetAsync($"/api/v1/calendar/days/{Text(next)}?center=sjs")).ExpectAsync(HttpStatusCode.OK)).GetProperty("kind").GetString();
            if (kind == "workday")
            {
                break;
            }
        }

        var slots = await SlotsAsync(anonymous, "sjs-hall", next);

        // 4 categories x (6 morning + 8 afternoon + 3 evening) half-hour slots.
        Assert.Equal(4 * 17, slots.Count);
        Assert.Equal(["enterprise", "personal", "property", "social"], slots.Select(s => s.GetProperty("category").GetString()!).Distinct().Order(StringComparer.Ordinal));
        var evening = slots.Where(s => s.GetProperty("label").GetString() == "晚间延时").ToList();
        Assert.Equal(4 * 3, evening.Count);
        Assert.All(evening, s => Assert.Equal(2, s.GetProperty("capacity").GetInt32()));
        Assert.All(evening, s => Assert.True(s.GetProperty("extended").GetBoolean()));
        Assert.Equal("09:00", slots[0].GetProperty("start").GetString());
        Assert.Equal(4, slots[0].GetProperty("capacity").GetInt32());

        var templates = await (await admin.GetAsync("/api/v1/halls/sjs-hall/slot-templates")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(16, templates.GetArrayLength());
    }
}
