using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Appointments.Data;
using OneWindow.Appointments.Features.MarkNoShows;
using OneWindow.Appointments.Features.SendReminders;
using OneWindow.Testing;
using static OneWindow.Appointments.Tests.Integration.Booking;

namespace OneWindow.Appointments.Tests.Integration;

/// <summary>
/// The nightly handlers, called with the instant they would run at (the API never lets a slot be made in the past,
/// so time is moved forward instead). Own app: marking no-shows touches every booking that is over by then.
/// </summary>
[Trait("Category", "Integration")]
public sealed class NoShowTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Three_missed_appointments_block_the_phone_from_booking_and_two_do_not()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var visitor = app.CreateClient();
        var missed = new List<string>();
        foreach (var (start, end) in new[] { ("09:00", "09:30"), ("09:30", "10:00"), ("10:00", "10:30") })
        {
            var slot = await SlotAsync(admin, hall, Tomorrow, start, end, 5);
            missed.Add((await BookedAsync(visitor, slot, Phone(1))).GetProperty("code").GetString()!);
            if (start != "10:00")
            {
                await BookedAsync(visitor, slot, Phone(2));
            }
        }

        var marked = await MarkNoShowsAsync(new DateTimeOffset(Tomorrow.ToDateTime(new TimeOnly(10, 31)), China));

        Assert.Equal(5, marked);
        foreach (var code in missed)
        {
            Assert.Equal("no-show", (await LookUpAsync(visitor, code, Phone(1))).GetProperty("status").GetString());
        }

        var later = await SlotAsync(admin, hall, Tomorrow.AddDays(1), "09:00", "09:30", 5);
        var blocked = await (await BookAsync(visitor, later, Phone(1))).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Equal("appointments.blocked", blocked.GetProperty("code").GetString());
        Assert.Contains(Text(Tomorrow.AddDays(7)), blocked.GetProperty("title").GetString(), StringComparison.Ordinal);
        await BookedAsync(visitor, later, Phone(2));
        await BookedAsync(visitor, later, Phone(3));
        Assert.Equal(2, (await SlotAsync(visitor, hall, Tomorrow.AddDays(1), later)).GetProperty("booked").GetInt32());

        // A missed appointment cannot be checked in or cancelled afterwards.
        await (await visitor.PostJsonAsync($"/api/v1/appointments/{missed[0]}/cancel", new { phone = Phone(1) })).ExpectProblemAsync(HttpStatusCode.Conflict, "appointments.no_show");
    }

    [Fact]
    public async Task Bookings_not_over_yet_and_checked_in_ones_are_never_no_shows()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var visitor = app.CreateClient();
        var (today, _) = await StartedSlotAsync(admin, hall);
        var checkedIn = (await BookedAsync(visitor, today, Phone(10))).GetProperty("code").GetString()!;
        await (await visitor.PostAsync($"/api/v1/appointments/{checkedIn}/check-in", null)).ExpectAsync(HttpStatusCode.Created);
        var pending = (await BookedAsync(visitor, await SlotAsync(admin, hall, Tomorrow.AddDays(2), "16:00", "16:30", 2), Phone(11))).GetProperty("code").GetString()!;

        await MarkNoShowsAsync(new DateTimeOffset(Tomorrow.AddDays(2).ToDateTime(new TimeOnly(16, 29)), China));

        Assert.Equal("checked-in", (await LookUpAsync(visitor, checkedIn, Phone(10))).GetProperty("status").GetString());
        Assert.Equal("booked", (await LookUpAsync(visitor, pending, Phone(11))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Tomorrow_s_visitors_get_one_reminder_each_and_the_log_names_only_the_code()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallAsync(admin);
        var visitor = app.CreateClient();
        var slot = await SlotAsync(admin, hall, Tomorrow, "15:00", "15:30", 3);
        var code = (await BookedAsync(visitor, slot, "13787654321", "司马光")).GetProperty("code").GetString()!;
        var cancelled = (await BookedAsync(visitor, slot, Phone(21))).GetProperty("code").GetString()!;
        await (await visitor.PostJsonAsync($"/api/v1/appointments/{cancelled}/cancel", new { phone = Phone(21) })).ExpectAsync(HttpStatusCode.OK);
        var dayAfter = (await BookedAsync(visitor, await SlotAsync(admin, hall, Tomorrow.AddDays(1), "15:00", "15:30", 3), Phone(22))).GetProperty("code").GetString()!;
        var evening = new DateTimeOffset(Today.ToDateTime(new TimeOnly(18, 0)), China);

        var sent = await RemindAsync(evening);
        var again = await RemindAsync(evening.AddMinutes(5));

        Assert.True(sent >= 1);
        Assert.Equal(0, again);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppointmentsDbContext>();
        Assert.Equal(evening, (await db.Appointments.SingleAsync(a => a.Code == code)).RemindedAt);
        Assert.Null((await db.Appointments.SingleAsync(a => a.Code == cancelled)).RemindedAt);
        Assert.Null((await db.Appointments.SingleAsync(a => a.Code == dayAfter)).RemindedAt);
        var reminders = app.Logs.Lines.Where(l => l.Contains("appointment-reminder", StringComparison.Ordinal)).ToList();
        Assert.Single(reminders, l => l.Contains(code, StringComparison.Ordinal));
        Assert.DoesNotContain("13787654321", app.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("司马光", app.Logs.All, StringComparison.Ordinal);
    }

    private async Task<int> MarkNoShowsAsync(DateTimeOffset now)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await MarkNoShows.HandleAsync(scope.ServiceProvider.GetRequiredService<AppointmentsDbContext>(), now, CancellationToken.None);
    }

    private async Task<int> RemindAsync(DateTimeOffset now)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await SendReminders.HandleAsync(scope.ServiceProvider.GetRequiredService<AppointmentDesk>(), now, CancellationToken.None);
    }
}
