using OneWindow.Calendar.Contracts;
using OneWindow.Cases.Data;
using OneWindow.Cases.Domain;
using OneWindow.Cases.Features.FlagDeadlines;

namespace OneWindow.Cases.Tests.Domain;

/// <summary>Yellow at 80% of the working days used, red past the deadline; days waiting for a correction do not count.</summary>
public sealed class DeadlineWarningTests
{
    // Weekends only (no holiday arrangement in December 2026): accepted Monday 7 December, 10 working days → Monday 21st.
    private static readonly WorkCalendar Calendar = new([2026], []);
    private static readonly DateOnly Accepted = new(2026, 12, 7);

    private static Case Running(DateOnly deadline, int paused = 0) => new()
    {
        Number = "20261207000001",
        CenterCode = "sjs",
        Title = "临时救助",
        CreatedBy = "clerk.li",
        Status = CaseStatus.UnderReview,
        AcceptedOn = Accepted,
        Deadline = deadline,
        PausedWorkdays = paused,
    };

    [Theory]
    [InlineData("2026-12-16", "None")] // 7 of 10 used
    [InlineData("2026-12-17", "Yellow")] // 8 of 10
    [InlineData("2026-12-19", "Yellow")] // a Saturday: still 9 used
    [InlineData("2026-12-21", "Yellow")] // the last day
    [InlineData("2026-12-22", "Red")]
    public void The_warning_follows_the_working_days_used(string today, string expected)
    {
        Assert.Equal(new DateOnly(2026, 12, 21), CaseDesk.AddWorkdays(Calendar, Accepted, 10));
        Assert.Equal(Enum.Parse<DeadlineWarning>(expected), CaseDesk.WarningOf(Running(new DateOnly(2026, 12, 21)), Calendar, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Days_paused_for_a_correction_move_the_deadline_and_do_not_count_as_used()
    {
        // Two working days waiting for the applicant: the deadline moves to Wednesday 23rd.
        var c = Running(CaseDesk.AddWorkdays(Calendar, new DateOnly(2026, 12, 21), 2), paused: 2);
        Assert.Equal(new DateOnly(2026, 12, 23), c.Deadline);
        Assert.Equal(DeadlineWarning.None, CaseDesk.WarningOf(c, Calendar, new DateOnly(2026, 12, 18)));
        Assert.Equal(DeadlineWarning.Yellow, CaseDesk.WarningOf(c, Calendar, new DateOnly(2026, 12, 21)));
        Assert.Equal(DeadlineWarning.Red, CaseDesk.WarningOf(c, Calendar, new DateOnly(2026, 12, 24)));
    }

    [Fact]
    public void Cases_that_are_decided_or_not_yet_accepted_have_no_warning()
    {
        var decided = Running(new DateOnly(2026, 12, 21));
        decided.Status = CaseStatus.Approved;
        Assert.Equal(DeadlineWarning.None, CaseDesk.WarningOf(decided, Calendar, new DateOnly(2027, 1, 5)));
        var waiting = Running(new DateOnly(2026, 12, 21));
        waiting.Status = CaseStatus.Submitted;
        waiting.AcceptedOn = null;
        Assert.Equal(DeadlineWarning.None, CaseDesk.WarningOf(waiting, Calendar, new DateOnly(2027, 1, 5)));
    }

    [Theory]
    [InlineData("2026-12-07T08:59:00Z", "2026-12-06T09:00:00Z")] // 16:59 China: yesterday's 17:00
    [InlineData("2026-12-07T09:00:00Z", "2026-12-07T09:00:00Z")] // 17:00 China
    [InlineData("2026-12-07T23:00:00Z", "2026-12-07T09:00:00Z")] // 07:00 China next morning
    public void A_batch_is_unreceived_once_the_5pm_after_it_was_sent_has_passed(string now, string expected)
    {
        var at = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture);
        var cutoff = DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(cutoff, FlagDeadlines.LastCutoff(at));
    }
}
