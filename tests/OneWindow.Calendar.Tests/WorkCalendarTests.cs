using OneWindow.Calendar.Contracts;

namespace OneWindow.Calendar.Tests;

public sealed class WorkCalendarTests
{
    private static readonly WorkCalendar Calendar = OfficialTable.Shipped();

    [Fact]
    public void Every_date_2024_to_2026_has_the_kind_the_official_table_gives()
    {
        var wrong = new List<string>();
        var holidays = 0;
        var adjusted = 0;
        for (var date = OfficialTable.First; date <= OfficialTable.Last; date = date.AddDays(1))
        {
            var expected = OfficialTable.Expected(date);
            var actual = Calendar.Describe(date);
            if (actual.Kind != expected || actual.IsWorkday != expected is DayKind.Workday or DayKind.AdjustedWorkday || Calendar.IsWorkday(date) != actual.IsWorkday)
            {
                wrong.Add($"{date:yyyy-MM-dd}: expected {expected}, got {actual.Kind}");
            }

            holidays += actual.Kind == DayKind.Holiday ? 1 : 0;
            adjusted += actual.Kind == DayKind.AdjustedWorkday ? 1 : 0;
            if (actual.Kind is DayKind.Holiday or DayKind.AdjustedWorkday)
            {
                Assert.False(string.IsNullOrWhiteSpace(actual.Holiday));
            }
        }

        Assert.Empty(wrong);
        Assert.Equal(OfficialTable.Exceptions.Count(e => e.Value == DayKind.Holiday), holidays);
        Assert.Equal(OfficialTable.Exceptions.Count(e => e.Value == DayKind.AdjustedWorkday), adjusted);
        Assert.Equal(89, holidays);
    }

    [Theory]
    [InlineData("2026-09-30", 5, "2026-10-13")] // 国庆: 10-08, 10-09, 10-10 (调休上班), 10-12, 10-13
    [InlineData("2026-02-13", 1, "2026-02-14")] // 春节 调休上班 on a Saturday
    [InlineData("2026-02-13", 2, "2026-02-24")]
    [InlineData("2025-12-31", 1, "2026-01-04")] // 元旦 2026 then the Sunday worked
    [InlineData("2024-04-30", 1, "2024-05-06")]
    [InlineData("2026-11-24", 20, "2026-12-22")]
    public void A_deadline_is_the_nth_working_day_strictly_after_the_start(string start, int workdays, string expected)
    {
        var deadline = Calendar.AddWorkdays(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), workdays);
        Assert.Equal(expected, deadline.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(deadline.Provisional);
    }

    [Fact]
    public void A_span_into_an_unloaded_year_is_provisional_and_assumes_weekends_only()
    {
        var deadline = Calendar.AddWorkdays(new DateOnly(2026, 12, 30), 5);
        Assert.True(deadline.Provisional);
        Assert.Equal(new DateOnly(2027, 1, 6), deadline.Date);
        Assert.True(Calendar.AddWorkdays(new DateOnly(2023, 12, 29), 1).Provisional);
        Assert.False(Calendar.AddWorkdays(new DateOnly(2026, 12, 1), 5).Provisional);
    }

    [Fact]
    public void Far_spans_beyond_the_fast_table_still_count_weekends()
    {
        var start = new DateOnly(2026, 1, 5);
        var deadline = Calendar.AddWorkdays(start, 3650);
        Assert.True(deadline.Provisional);
        Assert.Equal(3650, Calendar.CountWorkdays(start.AddDays(1), deadline.Date));
        Assert.True(Calendar.IsWorkday(deadline.Date));
        var early = Calendar.AddWorkdays(new DateOnly(1990, 1, 1), 10);
        Assert.Equal(new DateOnly(1990, 1, 15), early.Date);
    }

    [Fact]
    public void Natural_days_ending_on_a_day_off_move_to_the_next_working_day()
    {
        Assert.Equal(new DateOnly(2026, 10, 8), Calendar.AddNaturalDays(new DateOnly(2026, 9, 26), 7).Date);
        Assert.Equal(new DateOnly(2026, 11, 30), Calendar.AddNaturalDays(new DateOnly(2026, 11, 23), 7).Date);
        Assert.Equal(new DateOnly(2026, 11, 27), Calendar.AddNaturalDays(new DateOnly(2026, 11, 20), 7).Date);
    }

    [Fact]
    public void A_pause_for_supplementing_materials_stops_the_clock()
    {
        var start = new DateOnly(2026, 11, 2);
        var plain = Calendar.AddWorkdays(start, 10);
        Assert.Equal(new DateOnly(2026, 11, 16), plain.Date);

        // 补正 from Wednesday 11-04 to Tuesday 11-10: five working days do not count.
        var paused = Calendar.AddWorkdays(start, 10, [new Pause(new DateOnly(2026, 11, 4), new DateOnly(2026, 11, 10))]);
        Assert.Equal(new DateOnly(2026, 11, 23), paused.Date);

        // A pause after the deadline changes nothing.
        Assert.Equal(plain, Calendar.AddWorkdays(start, 10, [new Pause(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 3))]));
    }

    [Fact]
    public void A_center_closure_and_a_local_working_day_change_only_that_centers_calendar()
    {
        var national = OfficialTable.Shipped();
        var shipped = OfficialHolidaysRequests();
        var exceptions = shipped.SelectMany(r => OneWindow.Calendar.Features.AddYear.AddYear.Validate(r).Value!.Dates)
            .Select(d => new DayException(d.Date, d.IsWorkday, d.Holiday))
            .Append(new DayException(new DateOnly(2026, 11, 26), false, "停电闭厅"))
            .Append(new DayException(new DateOnly(2026, 11, 28), true, null));
        var local = new WorkCalendar([2024, 2025, 2026], exceptions);
        Assert.Equal(DayKind.Holiday, local.Describe(new DateOnly(2026, 11, 26)).Kind);
        Assert.Equal("停电闭厅", local.Describe(new DateOnly(2026, 11, 26)).Holiday);
        Assert.Equal(DayKind.AdjustedWorkday, local.Describe(new DateOnly(2026, 11, 28)).Kind);
        Assert.Equal(new DateOnly(2026, 11, 28), local.AddWorkdays(new DateOnly(2026, 11, 25), 2).Date);
        Assert.Equal(new DateOnly(2026, 11, 27), national.AddWorkdays(new DateOnly(2026, 11, 25), 2).Date);
    }

    private static IReadOnlyList<OneWindow.Calendar.Features.AddYear.AddYear.Request> OfficialHolidaysRequests() =>
        OneWindow.Calendar.Data.OfficialHolidays.Shipped();
}
