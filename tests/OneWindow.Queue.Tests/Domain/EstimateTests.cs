using OneWindow.Calendar.Contracts;
using OneWindow.Organization.Contracts;
using OneWindow.Queue.Data;
using OneWindow.Queue.Demo;
using OneWindow.Queue.Domain;
using OneWindow.Queue.Tidal;

namespace OneWindow.Queue.Tests.Domain;

public sealed class EstimateTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly HallLayout Hall = new("sim", "模拟大厅", "sjs",
        [new CategoryLayout("personal", "个人事项", "B"), new CategoryLayout("enterprise", "企业事项", "A")],
        [.. Enumerable.Range(1, 6).Select(i => new WindowSummary(i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), $"{i}号窗口", "comprehensive", "open", [i <= 4 ? "personal" : "enterprise"]))]);

    private static readonly ServicePeriod[] Periods =
    [
        new(PeriodDays.Workday, new TimeOnly(9, 0), new TimeOnly(12, 0), false, "上午"),
        new(PeriodDays.Workday, new TimeOnly(13, 0), new TimeOnly(17, 0), false, "下午"),
    ];

    [Fact]
    public void The_wait_estimate_given_at_issue_is_within_a_few_minutes_of_the_wait_that_followed()
    {
        var random = new Random(7);
        var tickets = Enumerable.Range(0, 20)
            .SelectMany(d => HallSimulation.Day(Hall, new DateOnly(2026, 11, 2).AddDays(d), Periods, random, 0.2, 10))
            .Where(t => t.Status == TicketStatus.Completed)
            .ToList();
        var errors = tickets.Select(t => Math.Abs(t.EstimatedWaitMinutes - (t.CalledAt!.Value - t.IssuedAt).TotalMinutes)).ToList();
        var waits = tickets.Select(t => (t.CalledAt!.Value - t.IssuedAt).TotalMinutes).ToList();
        var naive = waits.Select(w => Math.Abs(w - waits.Average())).Average();

        output.WriteLine($"{tickets.Count} visits, mean wait {waits.Average():0.00} min, estimate MAE {errors.Average():0.00} min, guessing the mean {naive:0.00} min");
        Assert.True(tickets.Count > 2000, $"{tickets.Count} tickets");
        Assert.True(errors.Average() < naive * 0.8, $"MAE {errors.Average():0.00} min vs {naive:0.00} min for always guessing the average wait");
        Assert.True(errors.Average() < 6, $"MAE {errors.Average():0.00} min");
    }

    [Fact]
    public void Smoothing_weighs_the_newest_service_time_by_the_factor()
    {
        Assert.Equal(10, ServiceTimes.Smooth([], 0.2, 10));
        Assert.Equal(12, ServiceTimes.Smooth([12], 0.2, 10));
        Assert.Equal(0.2 * 22 + 0.8 * 12, ServiceTimes.Smooth([12, 22], 0.2, 10), 10);
    }

    [Theory]
    [InlineData(60, 10, 12, 0.978)]
    [InlineData(30, 10, 7, 0.9)]
    [InlineData(0, 10, 0, 1)]
    public void Erlang_c_gives_the_fewest_windows_for_90_percent_within_15_minutes(double perHour, double minutes, int windows, double atLeast)
    {
        var answer = ErlangC.Needed(perHour, minutes, 15, 0.9);

        Assert.Equal(windows, answer.Windows);
        Assert.True(answer.ServiceLevel >= atLeast - 0.0005, $"{answer.ServiceLevel}");
        if (windows > 1)
        {
            Assert.True(ErlangC.For(windows - 1, perHour, minutes, 15).ServiceLevel < 0.9);
        }
    }

    [Fact]
    public void A_line_that_grows_without_bound_has_no_service_level()
    {
        var answer = ErlangC.For(5, 60, 10, 15);

        Assert.Equal(0, answer.ServiceLevel);
        Assert.True(double.IsPositiveInfinity(answer.AverageWaitMinutes));
        Assert.Equal(18, ErlangC.Rostered(12, 0.3));
    }
}
