using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Appointments.Contracts;
using OneWindow.Appointments.Data;
using OneWindow.Testing;
using static OneWindow.Appointments.Tests.Integration.Booking;

namespace OneWindow.Appointments.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class BookingApiTests(DemoApp app) : IClassFixture<DemoApp>
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    [Fact]
    public async Task A_booking_returns_a_code_takes_one_place_and_never_echoes_the_name_or_phone_in_full()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var slotId = await TomorrowSlotAsync(admin, hall, capacity: 3);
        var visitor = app.CreateClient();

        var response = await BookAsync(visitor, slotId, "13812345678", "张三丰");
        var text = await response.Content.ReadAsStringAsync();
        var booked = await response.ExpectAsync(HttpStatusCode.Created);

        var code = booked.GetProperty("code").GetString()!;
        Assert.Equal(8, code.Length);
        Assert.All(code, c => Assert.Contains(c, Alphabet));
        Assert.NotEqual(Guid.Empty, booked.GetProperty("id").GetGuid());
        Assert.Equal(Text(Tomorrow), booked.GetProperty("date").GetString());
        Assert.Equal("10:00", booked.GetProperty("start").GetString());
        Assert.Equal("10:30", booked.GetProperty("end").GetString());
        Assert.Equal(hall, booked.GetProperty("hallCode").GetString());
        Assert.Equal("personal", booked.GetProperty("category").GetString());
        Assert.Equal("booked", booked.GetProperty("status").GetString());
        Assert.Equal("138****5678", booked.GetProperty("phone").GetString());
        Assert.Equal("张**", booked.GetProperty("name").GetString());
        Assert.DoesNotContain("13812345678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("三丰", text, StringComparison.Ordinal);
        Assert.EndsWith("/api/v1/appointments/" + code, response.Headers.Location!.ToString(), StringComparison.Ordinal);

        var slot = await SlotAsync(visitor, hall, Tomorrow, slotId);
        Assert.Equal(1, slot.GetProperty("booked").GetInt32());
        Assert.Equal(3, slot.GetProperty("capacity").GetInt32());

        var found = await LookUpAsync(visitor, code.ToLowerInvariant(), "13812345678");
        Assert.Equal(booked.GetProperty("id").GetGuid(), found.GetProperty("id").GetGuid());
        Assert.Equal("booked", found.GetProperty("status").GetString());
        Assert.Equal("测试大厅 " + hall, found.GetProperty("hallName").GetString());
        await (await visitor.GetAsync($"/api/v1/appointments/{code}?phone=13900000000")).ExpectProblemAsync(HttpStatusCode.NotFound, "appointments.not_found");
        await (await visitor.GetAsync($"/api/v1/appointments/ZZZZZZZZ?phone=13812345678")).ExpectProblemAsync(HttpStatusCode.NotFound, "appointments.not_found");
        await (await visitor.GetAsync($"/api/v1/appointments/{code}?phone=12345")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        var list = await (await admin.GetAsync($"/api/v1/halls/{hall}/appointments?date={Text(Tomorrow)}")).ExpectAsync(HttpStatusCode.OK);
        var row = Assert.Single(list.EnumerateArray());
        Assert.Equal(code, row.GetProperty("code").GetString());
        Assert.Equal("张**", row.GetProperty("name").GetString());
        Assert.Equal("138****5678", row.GetProperty("phone").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("bookedBy").ValueKind);
        Assert.DoesNotContain("13812345678", list.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync($"/api/v1/halls/{hall}/appointments?date={Text(Tomorrow)}")).StatusCode);
    }

    [Fact]
    public async Task Bad_booking_input_is_refused_field_by_field_and_takes_no_place()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var slotId = await TomorrowSlotAsync(admin, hall, capacity: 2);
        var visitor = app.CreateClient();

        Assert.Equal(["phone"], await (await BookAsync(visitor, slotId, "12345")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["phone"], await (await BookAsync(visitor, slotId, "12812345678")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["phone"], await (await BookAsync(visitor, slotId, "138123456789")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        var fields = await (await visitor.PostJsonAsync("/api/v1/appointments", new { slotId = "not-a-slot", name = "<b>x</b>", phone = "" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["name", "phone", "slotId"], fields.Order(StringComparer.Ordinal));
        Assert.Equal(["name"], await (await visitor.PostJsonAsync("/api/v1/appointments", new { slotId, phone = "13812345678" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        await (await BookAsync(visitor, Guid.NewGuid(), "13812345678")).ExpectProblemAsync(HttpStatusCode.NotFound, "appointments.slot_not_found");
        await (await visitor.PostRawAsync("/api/v1/appointments", "{\"slotId\":")).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal(0, (await SlotAsync(visitor, hall, Tomorrow, slotId)).GetProperty("booked").GetInt32());
        var list = await (await admin.GetAsync($"/api/v1/halls/{hall}/appointments?date={Text(Tomorrow)}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, list.GetArrayLength());
    }

    [Fact]
    public async Task A_full_slot_is_409_and_one_phone_holds_one_place_per_slot()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var slotId = await TomorrowSlotAsync(admin, hall, capacity: 2);
        var visitor = app.CreateClient();

        await BookedAsync(visitor, slotId, Phone(1));
        await (await BookAsync(visitor, slotId, Phone(1), "李四")).ExpectProblemAsync(HttpStatusCode.Conflict, "appointments.already_booked");
        await BookedAsync(visitor, slotId, Phone(2));
        await (await BookAsync(visitor, slotId, Phone(3))).ExpectProblemAsync(HttpStatusCode.Conflict, "appointments.slot_full");

        Assert.Equal(2, (await SlotAsync(visitor, hall, Tomorrow, slotId)).GetProperty("booked").GetInt32());
    }

    [Fact]
    public async Task Cancelling_with_the_right_phone_frees_the_place_and_a_wrong_phone_learns_nothing()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var slotId = await TomorrowSlotAsync(admin, hall, capacity: 1);
        var visitor = app.CreateClient();
        var code = (await BookedAsync(visitor, slotId, Phone(10))).GetProperty("code").GetString()!;
        await (await BookAsync(visitor, slotId, Phone(11))).ExpectProblemAsync(HttpStatusCode.Conflict, "appointments.slot_full");

        await (await visitor.PostJsonAsync($"/api/v1/appointments/{code}/cancel", new { phone = Phone(11) })).ExpectProblemAsync(HttpStatusCode.NotFound, "appointments.not_found");
        await (await visitor.PostJsonAsync("/api/v1/appointments/ZZZZZZZZ/cancel", new { phone = Phone(10) })).ExpectProblemAsync(HttpStatusCode.NotFound, "appointments.not_found");
        Assert.Equal(["phone"], await (await visitor.PostJsonAsync($"/api/v1/appointments/{code}/cancel", new { phone = "555" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(1, (await SlotAsync(visitor, hall, Tomorrow, slotId)).GetProperty("booked").GetInt32());

        var cancelled = await (await visitor.PostJsonAsync($"/api/v1/appointments/{code}/cancel", new { phone = Phone(10) })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(0, (await SlotAsync(visitor, hall, Tomorrow, slotId)).GetProperty("booked").GetInt32());

        // Cancelling again changes nothing and gives no place back twice.
        var again = await (await visitor.PostJsonAsync($"/api/v1/appointments/{code}/cancel", new { phone = Phone(10) })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("cancelled", again.GetProperty("status").GetString());
        await BookedAsync(visitor, slotId, Phone(11));
        Assert.Equal(1, (await SlotAsync(visitor, hall, Tomorrow, slotId)).GetProperty("booked").GetInt32());
        Assert.Equal("cancelled", (await LookUpAsync(visitor, code, Phone(10))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_hotline_agent_booking_for_a_caller_is_recorded_with_the_agent_name()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var slotId = await TomorrowSlotAsync(admin, hall);

        var code = (await BookedAsync(admin, slotId, Phone(20), "王五")).GetProperty("code").GetString();

        var list = await (await admin.GetAsync($"/api/v1/halls/{hall}/appointments?date={Text(Tomorrow)}")).ExpectAsync(HttpStatusCode.OK);
        var row = Assert.Single(list.EnumerateArray());
        Assert.Equal(code, row.GetProperty("code").GetString());
        Assert.Equal("admin", row.GetProperty("bookedBy").GetString());
        Assert.Equal("王*", row.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_directory_counts_places_bookings_and_cancellations_for_other_modules()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var slotId = await TomorrowSlotAsync(admin, hall, capacity: 3);
        await TomorrowSlotAsync(admin, hall, capacity: 2, start: "11:00", end: "11:30");
        var visitor = app.CreateClient();
        await BookedAsync(visitor, slotId, Phone(40));
        var cancelled = (await BookedAsync(visitor, slotId, Phone(41))).GetProperty("code").GetString();
        await (await visitor.PostJsonAsync($"/api/v1/appointments/{cancelled}/cancel", new { phone = Phone(41) })).ExpectAsync(HttpStatusCode.OK);

        await using var scope = app.Services.CreateAsyncScope();
        var counts = await scope.ServiceProvider.GetRequiredService<IAppointmentDirectory>().CountsAsync(hall, Tomorrow, Tomorrow);

        Assert.Equal((5, 1, 0, 0, 1, 0), (counts.Capacity, counts.Booked, counts.CheckedIn, counts.NoShows, counts.CancelledByVisitor, counts.CancelledByCenter));
        Assert.Equal(0, (await scope.ServiceProvider.GetRequiredService<IAppointmentDirectory>().CountsAsync(hall, Today, Today)).Capacity);
    }

    [Fact]
    public async Task A_slot_that_is_over_cannot_be_booked()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var (slotId, _) = await StartedSlotAsync(admin, hall);
        using (var scope = app.Services.CreateScope())
        {
            // Slots cannot be made in the past through the API; move this one back to yesterday as time would.
            var db = scope.ServiceProvider.GetRequiredService<AppointmentsDbContext>();
            var slot = db.Slots.Single(s => s.Id == slotId);
            slot.Date = Today.AddDays(-1);
            await db.SaveChangesAsync();
        }

        await (await BookAsync(app.CreateClient(), slotId, Phone(30))).ExpectProblemAsync(HttpStatusCode.Conflict, "appointments.slot_past");
    }

    [Fact]
    public async Task Logs_name_the_booking_code_but_never_the_visitor_name_or_phone()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var slotId = await TomorrowSlotAsync(admin, hall);
        var visitor = app.CreateClient();

        var code = (await BookedAsync(visitor, slotId, "13698765432", "欧阳娜娜")).GetProperty("code").GetString()!;
        await (await visitor.GetAsync($"/api/v1/appointments/{code}?phone=13698765432")).ExpectAsync(HttpStatusCode.OK);
        await (await visitor.PostJsonAsync($"/api/v1/appointments/{code}/cancel", new { phone = "13698765432" })).ExpectAsync(HttpStatusCode.OK);

        var logs = app.Logs.All;
        Assert.Contains("appointment-booked", logs, StringComparison.Ordinal);
        Assert.Contains(code, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("13698765432", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("98765432", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("欧阳娜娜", logs, StringComparison.Ordinal);
    }
}
