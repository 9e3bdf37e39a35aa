using OneWindow.Hotline.Reports;

namespace OneWindow.Hotline.Tests.Domain;

public sealed class ReportPeriodTests
{
    private static readonly DateOnly Thursday = new(2026, 11, 5);

    [Fact]
    public void A_day_is_compared_with_the_day_before_and_the_same_date_last_year()
    {
        var day = ReportPeriod.Of(ReportKind.Daily, Thursday, 1);
        Assert.Equal((Thursday, Thursday), (day.From, day.To));
        Assert.Equal("2026年11月5日", day.Label);
        Assert.Equal(new DateOnly(2026, 11, 4), day.Previous.From);
        Assert.Equal(new DateOnly(2025, 11, 5), day.SameLastYear!.From);
    }

    [Fact]
    public void A_week_runs_Monday_to_Sunday_and_has_no_same_week_last_year()
    {
        var week = ReportPeriod.Of(ReportKind.Weekly, Thursday, 1);
        Assert.Equal((new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8)), (week.From, week.To));
        Assert.Equal(week, ReportPeriod.Of(ReportKind.Weekly, new DateOnly(2026, 11, 8), 1));
        Assert.Equal(week, ReportPeriod.Of(ReportKind.Weekly, new DateOnly(2026, 11, 2), 1));
        Assert.Equal("2026年11月2日至11月8日", week.Label);
        Assert.Equal((new DateOnly(2026, 10, 26), new DateOnly(2026, 11, 1)), (week.Previous.From, week.Previous.To));
        Assert.Null(week.SameLastYear);
        Assert.Equal("2026年12月28日至2027年1月3日", ReportPeriod.Of(ReportKind.Weekly, new DateOnly(2027, 1, 1), 1).Label);
    }

    [Fact]
    public void A_month_is_the_assessment_period_a_calendar_month_with_start_day_1()
    {
        var month = ReportPeriod.Of(ReportKind.Monthly, Thursday, 1);
        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), (month.From, month.To));
        Assert.Equal("2026年11月考核期", month.Label);
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)), (month.Previous.From, month.Previous.To));
        Assert.Equal((new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 30)), (month.SameLastYear!.From, month.SameLastYear.To));
    }

    [Fact]
    public void With_start_day_21_the_period_runs_from_the_21st_to_the_20th_and_is_named_after_the_month_it_ends_in()
    {
        var early = ReportPeriod.Of(ReportKind.Monthly, Thursday, 21);
        Assert.Equal((new DateOnly(2026, 10, 21), new DateOnly(2026, 11, 20)), (early.From, early.To));
        Assert.Equal("2026年11月考核期", early.Label);

        var late = ReportPeriod.Of(ReportKind.Monthly, new DateOnly(2026, 11, 21), 21);
        Assert.Equal((new DateOnly(2026, 11, 21), new DateOnly(2026, 12, 20)), (late.From, late.To));
        Assert.Equal("2026年12月考核期", late.Label);
        Assert.Equal(early, late.Previous);

        var january = ReportPeriod.Of(ReportKind.Monthly, new DateOnly(2027, 1, 5), 21);
        Assert.Equal((new DateOnly(2026, 12, 21), new DateOnly(2027, 1, 20)), (january.From, january.To));
        Assert.Equal((new DateOnly(2025, 12, 21), new DateOnly(2026, 1, 20)), (january.SameLastYear!.From, january.SameLastYear.To));
    }

    [Fact]
    public void A_year_is_the_calendar_year_compared_with_the_year_before()
    {
        var year = ReportPeriod.Of(ReportKind.Annual, Thursday, 21);
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), (year.From, year.To));
        Assert.Equal("2026年度", year.Label);
        Assert.Equal("年报", year.KindName);
        Assert.Equal(2025, year.Previous.From.Year);
        Assert.Equal(365, year.Previous.Days);
        Assert.Null(year.SameLastYear);
    }

    [Theory]
    [InlineData("daily", true)]
    [InlineData("weekly", true)]
    [InlineData("monthly", true)]
    [InlineData("annual", true)]
    [InlineData("Monthly", false)]
    [InlineData("quarterly", false)]
    [InlineData("2", false)]
    [InlineData(null, false)]
    public void Only_the_four_kinds_are_known(string? kind, bool known) =>
        Assert.Equal(known, ReportPeriod.TryParseKind(kind, out _));
}
