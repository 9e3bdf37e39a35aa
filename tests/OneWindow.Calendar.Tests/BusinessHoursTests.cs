using FsCheck.Xunit;
using OneWindow.Calendar.Contracts;

namespace OneWindow.Calendar.Tests;

public sealed class BusinessHoursTests
{
    private static readonly WorkCalendar Calendar = OfficialTable.Shipped();

    /// <summary>A district hall with regular hours and the extended periods of 工作日早中晚和周六延时.</summary>
    private static readonly WeeklyHours District = new(new DateOnly(2024, 1, 1),
    [
        new(PeriodDays.Workday, new TimeOnly(8, 30), new TimeOnly(9, 0), true, "早间延时"),
        new(PeriodDays.Workday, new TimeOnly(9, 0), new TimeOnly(12, 0), false, "上午"),
        new(PeriodDays.Workday, new TimeOnly(12, 0), new TimeOnly(13, 0), true, "午间延时"),
        new(PeriodDays.Workday, new TimeOnly(13, 0), new TimeOnly(17, 0), false, "下午"),
        new(PeriodDays.Workday, new TimeOnly(17, 0), new TimeOnly(18, 30), true, "晚间延时"),
        new(PeriodDays.Saturday, new TimeOnly(9, 0), new TimeOnly(15, 0), true, "周六延时"),
    ]);

    private static readonly WeeklyHours Office = new(DateOnly.MinValue,
    [
        new(PeriodDays.Workday, new TimeOnly(9, 0), new TimeOnly(12, 0), false, "办公"),
        new(PeriodDays.Workday, new TimeOnly(13, 30), new TimeOnly(17, 30), false, "办公"),
    ]);

    private static readonly BusinessHours Hall = new(Calendar, [District]);

    [Theory]
    [InlineData("2026-11-25 10:00", true, false, "上午")]
    [InlineData("2026-11-25 12:30", true, true, "午间延时")]
    [InlineData("2026-11-25 08:45", true, true, "早间延时")]
    [InlineData("2026-11-25 18:29", true, true, "晚间延时")]
    [InlineData("2026-11-25 18:30", false, false, null)]
    [InlineData("2026-11-28 10:00", true, true, "周六延时")]   // an ordinary Saturday
    [InlineData("2026-11-29 10:00", false, false, null)]      // Sunday
    [InlineData("2026-10-03 10:00", false, false, null)]      // 国庆 Saturday: no Saturday service
    [InlineData("2026-10-10 10:00", true, false, "上午")]     // 调休上班 Saturday keeps working-day hours
    public void The_hall_serves_in_its_periods_on_its_days(string at, bool serving, bool extended, string? label)
    {
        var state = Hall.At(DateTime.Parse(at, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(serving, state.Serving);
        Assert.Equal(extended, state.Extended);
        Assert.Equal(label, state.Label);
    }

    [Fact]
    public void Closed_it_says_when_it_opens_next_and_open_it_says_until_when()
    {
        Assert.Equal(new DateTime(2026, 10, 8, 8, 30, 0), Hall.At(new DateTime(2026, 9, 30, 19, 0, 0)).NextOpening);
        Assert.Equal(new DateTime(2026, 11, 28, 9, 0, 0), Hall.At(new DateTime(2026, 11, 27, 20, 0, 0)).NextOpening);
        Assert.Equal(new DateTime(2026, 11, 25, 18, 30, 0), Hall.At(new DateTime(2026, 11, 25, 12, 30, 0)).Until);
    }

    [Fact]
    public void Working_hours_skip_lunch_nights_weekends_and_holidays()
    {
        var office = new BusinessHours(Calendar, [Office]);
        var deadline = office.AddWorkingMinutes(new DateTime(2026, 9, 30, 16, 0, 0), 240)!.Value;
        Assert.Equal(new DateTime(2026, 10, 8, 11, 30, 0), deadline.At);
        Assert.False(deadline.Provisional);

        // 2 hours from Friday 11:00: one before lunch, one after.
        Assert.Equal(new DateTime(2026, 11, 27, 14, 30, 0), office.AddWorkingMinutes(new DateTime(2026, 11, 27, 11, 0, 0), 120)!.Value.At);

        // Started at night: the clock starts with the next morning.
        Assert.Equal(new DateTime(2026, 11, 30, 10, 0, 0), office.AddWorkingMinutes(new DateTime(2026, 11, 27, 22, 0, 0), 60)!.Value.At);
    }

    [Fact]
    public void Hall_working_hours_count_regular_periods_unless_extended_ones_are_asked_for()
    {
        var start = new DateTime(2026, 11, 25, 16, 0, 0);
        Assert.Equal(new DateTime(2026, 11, 26, 11, 0, 0), Hall.AddWorkingMinutes(start, 180)!.Value.At);
        Assert.Equal(new DateTime(2026, 11, 26, 9, 0, 0), Hall.AddWorkingMinutes(start, 180, includeExtended: true)!.Value.At);
    }

    [Fact]
    public void A_pause_stops_the_working_hour_clock()
    {
        var office = new BusinessHours(Calendar, [Office]);
        TimePause[] pause = [new(new DateTime(2026, 10, 8, 9, 0, 0), new DateTime(2026, 10, 8, 10, 0, 0))];
        Assert.Equal(new DateTime(2026, 10, 8, 14, 0, 0), office.AddWorkingMinutes(new DateTime(2026, 9, 30, 16, 0, 0), 240, pauses: pause)!.Value.At);
    }

    [Fact]
    public void New_hours_apply_from_their_date_and_past_days_keep_the_old_ones()
    {
        var summer = new WeeklyHours(new DateOnly(2026, 12, 1), [new(PeriodDays.Workday, new TimeOnly(8, 0), new TimeOnly(16, 0), false, "全天")]);
        var hours = new BusinessHours(Calendar, [summer, District]);
        Assert.Equal("上午", hours.At(new DateTime(2026, 11, 30, 9, 30, 0)).Label);
        Assert.Equal("全天", hours.At(new DateTime(2026, 12, 1, 9, 30, 0)).Label);
        Assert.False(hours.At(new DateTime(2026, 11, 30, 8, 0, 0)).Serving);
        Assert.True(hours.At(new DateTime(2026, 12, 1, 8, 0, 0)).Serving);
        Assert.Empty(hours.PeriodsOn(new DateOnly(2023, 12, 29)));
    }

    [Fact]
    public void A_hall_without_hours_never_reaches_a_deadline_and_spans_into_unloaded_years_are_provisional()
    {
        Assert.Null(new BusinessHours(Calendar, []).AddWorkingMinutes(new DateTime(2026, 1, 5, 9, 0, 0), 60));
        var office = new BusinessHours(Calendar, [Office]);
        Assert.True(office.AddWorkingMinutes(new DateTime(2026, 12, 31, 17, 0, 0), 60)!.Value.Provisional);
    }

    [Property(MaxTest = 1000)]
    public bool Working_minutes_are_additive(int startSeed, int aSeed, int bSeed)
    {
        var office = new BusinessHours(Calendar, [Office]);
        var start = new DateTime(2024, 1, 1).AddMinutes((uint)startSeed % (3 * 365 * 24 * 60 - 30 * 24 * 60));
        var (a, b) = (1 + (int)((uint)aSeed % 3000), 1 + (int)((uint)bSeed % 3000));
        var first = office.AddWorkingMinutes(start, a)!.Value.At;
        return office.AddWorkingMinutes(first, b)!.Value.At == office.AddWorkingMinutes(start, a + b)!.Value.At
            && office.At(first.AddMinutes(-1)).Serving;
    }
}
