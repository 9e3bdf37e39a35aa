using System.Net;
using OneWindow.Testing;
using static OneWindow.Appointments.Tests.Integration.Booking;

namespace OneWindow.Appointments.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class CheckInTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Checking_in_on_the_day_gives_a_waiting_ticket_and_checking_in_again_the_same_ticket()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var (slotId, _) = await StartedSlotAsync(admin, hall);
        var kiosk = app.CreateClient();
        var code = (await BookedAsync(kiosk, slotId, Phone(1))).GetProperty("code").GetString()!;

        var first = await (await kiosk.PostAsync($"/api/v1/appointments/{code}/check-in", null)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("waiting", first.GetProperty("status").GetString());
        Assert.Equal(code, first.GetProperty("appointmentCode").GetString());
        Assert.Equal(hall, first.GetProperty("hallCode").GetString());
        Assert.Equal("personal", first.GetProperty("category").GetString());
        Assert.StartsWith("A", first.GetProperty("number").GetString(), StringComparison.Ordinal);

        var again = await (await kiosk.PostAsync($"/api/v1/appointments/{code.ToLowerInvariant()}/check-in", null)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(first.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.Equal(first.GetProperty("number").GetString(), again.GetProperty("number").GetString());

        var booking = await LookUpAsync(kiosk, code, Phone(1));
        Assert.Equal("checked-in", booking.GetProperty("status").GetString());
        Assert.Equal(first.GetProperty("id").GetGuid(), booking.GetProperty("ticketId").GetGuid());
        var board = await (await kiosk.GetAsync($"/api/v1/halls/{hall}/board")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, board.GetProperty("waiting").GetInt32());

        // A checked-in booking can no longer be cancelled.
        await (await kiosk.PostJsonAsync($"/api/v1/appointments/{code}/cancel", new { phone = Phone(1) })).ExpectProblemAsync(HttpStatusCode.Conflict, "appointments.checked_in");
    }

    [Fact]
    public async Task A_booked_visitor_who_checks_in_is_called_before_an_earlier_walk_in_once_the_slot_has_begun()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var (slotId, _) = await StartedSlotAsync(admin, hall);
        var kiosk = app.CreateClient();
        var code = (await BookedAsync(kiosk, slotId, Phone(2))).GetProperty("code").GetString()!;
        var walkIn = await IssueWalkInAsync(kiosk, hall);

        var ticket = await (await kiosk.PostAsync($"/api/v1/appointments/{code}/check-in", null)).ExpectAsync(HttpStatusCode.Created);

        var first = await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/call-next", null)).ExpectAsync(HttpStatusCode.OK);
        var second = await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/call-next", null)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(ticket.GetProperty("id").GetGuid(), first.GetProperty("id").GetGuid());
        Assert.Equal(code, first.GetProperty("appointmentCode").GetString());
        Assert.Equal(walkIn.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Check_in_is_refused_for_another_day_a_cancelled_booking_and_an_unknown_code()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var kiosk = app.CreateClient();
        var tomorrow = (await BookedAsync(kiosk, await TomorrowSlotAsync(admin, hall), Phone(3))).GetProperty("code").GetString()!;
        var (todaySlot, _) = await StartedSlotAsync(admin, hall);
        var cancelled = (await BookedAsync(kiosk, todaySlot, Phone(4))).GetProperty("code").GetString()!;
        await (await kiosk.PostJsonAsync($"/api/v1/appointments/{cancelled}/cancel", new { phone = Phone(4) })).ExpectAsync(HttpStatusCode.OK);

        await (await kiosk.PostAsync($"/api/v1/appointments/{tomorrow}/check-in", null)).ExpectProblemAsync(HttpStatusCode.Conflict, "appointments.not_today");
        await (await kiosk.PostAsync($"/api/v1/appointments/{cancelled}/check-in", null)).ExpectProblemAsync(HttpStatusCode.Conflict, "appointments.cancelled");
        await (await kiosk.PostAsync("/api/v1/appointments/ZZZZZZZZ/check-in", null)).ExpectProblemAsync(HttpStatusCode.NotFound, "appointments.not_found");
        await (await kiosk.PostAsync("/api/v1/appointments/not-a-code/check-in", null)).ExpectProblemAsync(HttpStatusCode.NotFound, "appointments.not_found");

        var board = await (await kiosk.GetAsync($"/api/v1/halls/{hall}/board")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, board.GetProperty("waiting").GetInt32());
        Assert.Equal("booked", (await LookUpAsync(kiosk, tomorrow, Phone(3))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_kiosk_checks_in_by_phone_today_s_booking_at_its_hall_only()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var other = await HallAsync(admin);
        var (slotId, _) = await StartedSlotAsync(admin, hall);
        var kiosk = app.CreateClient();
        var code = (await BookedAsync(kiosk, slotId, Phone(5))).GetProperty("code").GetString()!;
        await BookedAsync(kiosk, await TomorrowSlotAsync(admin, hall), Phone(6));

        await (await kiosk.PostJsonAsync($"/api/v1/halls/{other}/appointments/check-in", new { phone = Phone(5) })).ExpectProblemAsync(HttpStatusCode.NotFound, "appointments.not_found");
        await (await kiosk.PostJsonAsync($"/api/v1/halls/{hall}/appointments/check-in", new { phone = Phone(6) })).ExpectProblemAsync(HttpStatusCode.NotFound, "appointments.not_found");
        Assert.Equal(["phone"], await (await kiosk.PostJsonAsync($"/api/v1/halls/{hall}/appointments/check-in", new { phone = "12345" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        await (await kiosk.PostJsonAsync("/api/v1/halls/no-such-hall/appointments/check-in", new { phone = Phone(5) })).ExpectProblemAsync(HttpStatusCode.NotFound, "appointments.unknown_hall");

        var ticket = await (await kiosk.PostJsonAsync($"/api/v1/halls/{hall}/appointments/check-in", new { phone = Phone(5) })).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(code, ticket.GetProperty("appointmentCode").GetString());
        var again = await (await kiosk.PostJsonAsync($"/api/v1/halls/{hall}/appointments/check-in", new { phone = "+86" + Phone(5) })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(ticket.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        var byCode = await (await kiosk.PostAsync($"/api/v1/appointments/{code}/check-in", null)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(ticket.GetProperty("id").GetGuid(), byCode.GetProperty("id").GetGuid());
    }
}
