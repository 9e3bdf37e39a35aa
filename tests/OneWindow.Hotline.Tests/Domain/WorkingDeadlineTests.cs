using OneWindow.Calendar.Contracts;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;

namespace OneWindow.Hotline.Tests.Domain;

/// <summary>
/// Limits on a made-up calendar: 2030-05-01..03 a holiday, Saturday 2030-04-27 a working day in exchange; the street
/// "st-closed" is also closed on Monday 2030-05-13. Office hours 09:00-12:00 and 13:30-17:30.
/// </summary>
public sealed class WorkingDeadlineTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly FakeCalendars _calendars = new();
    private readonly HotlineDesk _desk;

    public WorkingDeadlineTests() =>
        _desk = new HotlineDesk(null!, null!, null!, null!, _calendars, _calendars, null!, null!, new HotlineOptions(), TimeProvider.System);

    [Fact]
    public async Task Working_days_skip_weekends_and_holidays_count_exchanged_saturdays_and_keep_the_time_of_day()
    {
        var start = new DateTimeOffset(2030, 4, 26, 10, 15, 30, China);
        var due = await _desk.DeadlineAsync(start, 7, LimitUnit.WorkingDays, null, CancellationToken.None);
        Assert.Equal(new DateTimeOffset(2030, 5, 9, 10, 15, 30, China), due);
        Assert.Equal(due, await _desk.DeadlineAsync(start.ToUniversalTime(), 7, LimitUnit.WorkingDays, null, CancellationToken.None));
    }

    [Fact]
    public async Task Working_days_count_from_the_date_in_China_not_in_UTC()
    {
        // 17:00 UTC on Friday is 01:00 on the exchanged Saturday in China.
        var start = new DateTimeOffset(2030, 4, 26, 17, 0, 0, TimeSpan.Zero);
        var due = await _desk.DeadlineAsync(start, 7, LimitUnit.WorkingDays, null, CancellationToken.None);
        Assert.Equal(new DateTimeOffset(2030, 5, 10, 1, 0, 0, China), due);
    }

    [Fact]
    public async Task Working_hours_run_in_office_hours_only_on_the_centers_own_calendar()
    {
        var friday = new DateTimeOffset(2030, 5, 10, 16, 45, 0, China);
        Assert.Equal(new DateTimeOffset(2030, 5, 13, 10, 15, 0, China), await _desk.DeadlineAsync(friday, 2, LimitUnit.WorkingHours, "st-open", CancellationToken.None));
        Assert.Equal(new DateTimeOffset(2030, 5, 14, 10, 15, 0, China), await _desk.DeadlineAsync(friday, 2, LimitUnit.WorkingHours, "st-closed", CancellationToken.None));
        Assert.Contains("st-closed", _calendars.Asked);

        var lunch = new DateTimeOffset(2030, 5, 8, 11, 0, 0, China);
        Assert.Equal(new DateTimeOffset(2030, 5, 8, 14, 30, 0, China), await _desk.DeadlineAsync(lunch, 2, LimitUnit.WorkingHours, null, CancellationToken.None));
        var night = new DateTimeOffset(2030, 4, 30, 22, 0, 0, China);
        Assert.Equal(new DateTimeOffset(2030, 5, 6, 11, 0, 0, China), await _desk.DeadlineAsync(night, 2, LimitUnit.WorkingHours, null, CancellationToken.None));
    }

    [Fact]
    public async Task Natural_hours_and_days_run_day_and_night_through_holidays()
    {
        var evening = new DateTimeOffset(2030, 4, 30, 23, 30, 0, China);
        Assert.Equal(new DateTimeOffset(2030, 5, 1, 1, 30, 0, China), await _desk.DeadlineAsync(evening, 2, LimitUnit.NaturalHours, null, CancellationToken.None));
        Assert.Equal(new DateTimeOffset(2030, 5, 1, 23, 30, 0, China), await _desk.DeadlineAsync(evening, 24, LimitUnit.NaturalHours, null, CancellationToken.None));
        Assert.Equal(new DateTimeOffset(2030, 5, 3, 23, 30, 0, China), await _desk.DeadlineAsync(evening, 3, LimitUnit.NaturalDays, null, CancellationToken.None));
        Assert.Empty(_calendars.Asked);
    }

    private sealed class FakeCalendars : ICalendarProvider, IBusinessHoursProvider
    {
        private static readonly DayException[] Official =
        [
            new(new DateOnly(2030, 4, 27), true, "劳动节"),
            new(new DateOnly(2030, 5, 1), false, "劳动节"),
            new(new DateOnly(2030, 5, 2), false, "劳动节"),
            new(new DateOnly(2030, 5, 3), false, "劳动节"),
        ];

        private static readonly WeeklyHours Office = new(DateOnly.MinValue,
        [
            new ServicePeriod(PeriodDays.Workday, new TimeOnly(9, 0), new TimeOnly(12, 0), false, "办公"),
            new ServicePeriod(PeriodDays.Workday, new TimeOnly(13, 30), new TimeOnly(17, 30), false, "办公"),
        ]);

        public List<string?> Asked { get; } = [];

        public Task<WorkCalendar> ForCenterAsync(string? centerCode, CancellationToken cancellationToken = default)
        {
            Asked.Add(centerCode);
            var closures = centerCode == "st-closed" ? new[] { new DayException(new DateOnly(2030, 5, 13), false, "街道停电检修") } : [];
            return Task.FromResult(new WorkCalendar([2030], Official.Concat(closures)));
        }

        public Task<BusinessHours?> ForHallAsync(string hallCode, CancellationToken cancellationToken = default) => Task.FromResult<BusinessHours?>(null);

        public async Task<BusinessHours> OfficeHoursAsync(string? centerCode, CancellationToken cancellationToken = default) =>
            new(await ForCenterAsync(centerCode, cancellationToken), [Office]);
    }
}
