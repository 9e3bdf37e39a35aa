using System.Net;
using OneWindow.Testing;
using static OneWindow.Appointments.Tests.Integration.Booking;

namespace OneWindow.Appointments.Tests.Integration;

/// <summary>The guarantee a booking page relies on when a popular slot opens: never more bookings than places.</summary>
[Trait("Category", "Integration")]
public sealed class BookingConcurrencyTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task A_thousand_people_booking_five_places_at_once_get_exactly_five_bookings()
    {
        const int People = 1_000;
        const int Places = 5;
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var slotId = await TomorrowSlotAsync(admin, hall, capacity: Places);
        var client = app.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, People).Select(async i =>
        {
            var response = await BookAsync(client, slotId, Phone(100_000 + i), "访客" + i);
            return (response.StatusCode, Body: await response.ReadAsync());
        }));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"{(int)a.StatusCode}: {a.Body}"));
        var booked = answers.Where(a => a.StatusCode == HttpStatusCode.Created).ToList();
        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.Conflict).ToList();
        Assert.Equal(Places, booked.Count);
        Assert.Equal(People - Places, refused.Count);
        Assert.All(refused, r => Assert.Equal("appointments.slot_full", r.Body.GetProperty("code").GetString()));
        Assert.Equal(Places, booked.Select(b => b.Body.GetProperty("code").GetString()).Distinct().Count());

        Assert.Equal(Places, (await SlotAsync(client, hall, Tomorrow, slotId)).GetProperty("booked").GetInt32());
        var list = await (await admin.GetAsync($"/api/v1/halls/{hall}/appointments?date={Text(Tomorrow)}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(Places, list.GetArrayLength());
    }

    [Fact]
    public async Task The_same_person_pressing_book_twenty_times_at_once_holds_one_place()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var slotId = await TomorrowSlotAsync(admin, hall, capacity: 10);
        var client = app.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            var response = await BookAsync(client, slotId, Phone(7));
            return (response.StatusCode, Body: await response.ReadAsync());
        }));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal("appointments.already_booked", a.Body.GetProperty("code").GetString()));
        Assert.Equal(1, (await SlotAsync(client, hall, Tomorrow, slotId)).GetProperty("booked").GetInt32());
    }

    [Fact]
    public async Task Bookings_refused_for_a_full_slot_leave_no_trace_in_the_audit_log()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var slotId = await TomorrowSlotAsync(admin, hall, capacity: 1);
        var client = app.CreateClient();
        var mark = (await (await admin.GetAsync("/api/v1/audit?take=1")).ExpectAsync(HttpStatusCode.OK))[0].GetProperty("sequence").GetInt64();

        // Thirty people at once for one place: those who write a booking and then find no place roll it back.
        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => BookAsync(client, slotId, Phone(200 + i))));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);

        var created = await (await admin.GetAsync("/api/v1/audit?action=create&entityType=Appointment&take=50")).ExpectAsync(HttpStatusCode.OK);
        Assert.Single(created.EnumerateArray(), e => e.GetProperty("sequence").GetInt64() > mark);
    }
}
