using OneWindow.Calendar.Contracts;
using OneWindow.ContractLedger.Domain;

namespace OneWindow.ContractLedger.Tests.Domain;

/// <summary>When payments fall due (第十四条 of Shijingshan, 第十五条 of Wushen) on the working-day calendar.</summary>
public sealed class MilestoneScheduleTests
{
    private static readonly DateOnly Signed = new(2026, 4, 2);

    /// <summary>2026 with 清明 (04-04..04-06) and 劳动节 (05-01..05-05, work on Saturday 05-09).</summary>
    private static readonly WorkCalendar Calendar = new([2026],
    [
        new DayException(new DateOnly(2026, 4, 4), false, "清明节"),
        new DayException(new DateOnly(2026, 4, 5), false, "清明节"),
        new DayException(new DateOnly(2026, 4, 6), false, "清明节"),
        .. Enumerable.Range(1, 5).Select(d => new DayException(new DateOnly(2026, 5, d), false, "劳动节")),
        new DayException(new DateOnly(2026, 5, 9), true, null),
    ]);

    private static Milestone Workdays(int days) => new() { Name = "第一次付款", Amount = 7_815_500.00m, Rule = DueRule.WorkdaysAfterSigning, Days = days };

    [Fact]
    public void Ten_working_days_after_signing_skip_the_weekend_and_the_qingming_holiday()
    {
        var (due, provisional) = MilestoneSchedule.DueDate(Workdays(10), Signed, Calendar);

        Assert.Equal(new DateOnly(2026, 4, 17), due);
        Assert.False(provisional);
    }

    [Fact]
    public void A_count_reaching_into_a_year_whose_holidays_are_not_loaded_is_provisional()
    {
        var (due, provisional) = MilestoneSchedule.DueDate(Workdays(250), Signed, Calendar);

        Assert.Equal(2027, due!.Value.Year);
        Assert.True(provisional);
    }

    [Fact]
    public void A_working_day_payment_is_pending_before_its_date_due_from_it_overdue_after_it_and_paid_once_recorded()
    {
        var m = Workdays(10);

        Assert.Equal(PaymentStatus.Pending, MilestoneSchedule.State(m, Signed, Calendar, new DateOnly(2026, 4, 16)).Status);
        var onTheDay = MilestoneSchedule.State(m, Signed, Calendar, new DateOnly(2026, 4, 17));
        Assert.Equal(PaymentStatus.Due, onTheDay.Status);
        Assert.False(onTheDay.Overdue);
        Assert.True(MilestoneSchedule.State(m, Signed, Calendar, new DateOnly(2026, 4, 20)).Overdue);

        m.PaidOn = new DateOnly(2026, 4, 20);
        var paid = MilestoneSchedule.State(m, Signed, Calendar, new DateOnly(2026, 5, 6));
        Assert.Equal(PaymentStatus.Paid, paid.Status);
        Assert.False(paid.Overdue);
    }

    [Fact]
    public void A_condition_payment_waits_for_the_condition_and_is_overdue_when_the_deadline_passes_unmet()
    {
        var m = new Milestone { Name = "第二次付款", Amount = 3_903_237.00m, Rule = DueRule.Condition, Condition = "半年总结报告审核通过", Deadline = new DateOnly(2026, 10, 15) };

        var before = MilestoneSchedule.State(m, Signed, Calendar, new DateOnly(2026, 10, 15));
        Assert.Equal(PaymentStatus.Pending, before.Status);
        Assert.Equal(new DateOnly(2026, 10, 15), before.DueDate);
        Assert.False(before.Overdue);
        Assert.True(MilestoneSchedule.State(m, Signed, Calendar, new DateOnly(2026, 10, 16)).Overdue);

        m.ConditionMetOn = new DateOnly(2026, 10, 12);
        var met = MilestoneSchedule.State(m, Signed, Calendar, new DateOnly(2026, 10, 20));
        Assert.Equal(PaymentStatus.Due, met.Status);
        Assert.Equal(new DateOnly(2026, 10, 12), met.DueDate);
        Assert.False(met.Overdue);
    }

    [Fact]
    public void Natural_days_after_signing_move_off_a_day_off_and_a_fixed_date_stays()
    {
        var natural = new Milestone { Name = "n", Amount = 1m, Rule = DueRule.DaysAfterSigning, Days = 30 };
        Assert.Equal(new DateOnly(2026, 5, 6), MilestoneSchedule.DueDate(natural, Signed, Calendar).Date);

        var fixedDate = new Milestone { Name = "d", Amount = 1m, Rule = DueRule.Date, DueOn = new DateOnly(2026, 10, 1) };
        Assert.Equal(new DateOnly(2026, 10, 1), MilestoneSchedule.DueDate(fixedDate, Signed, Calendar).Date);
    }
}
