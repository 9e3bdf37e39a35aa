using OneWindow.Calendar.Contracts;

namespace OneWindow.ContractLedger.Domain;

/// <summary>Where a payment stands: pending (not yet due), due (its date came or its condition was met) or paid.</summary>
internal enum PaymentStatus
{
    Pending,
    Due,
    Paid,
}

/// <summary>A payment with its due date worked out on the contract's calendar, and where it stands today.</summary>
internal sealed record MilestoneState(Milestone Milestone, DateOnly? DueDate, bool Provisional, PaymentStatus Status, bool Overdue);

/// <summary>Due dates of payments: a date, N working days or N days after signing, or a condition the bureau marks met.</summary>
internal static class MilestoneSchedule
{
    /// <summary>
    /// The date the payment falls due (for a condition: the date it was met, else its deadline, else none), and whether
    /// the working-day count reaches into a year whose holidays are not loaded yet.
    /// </summary>
    public static (DateOnly? Date, bool Provisional) DueDate(Milestone milestone, DateOnly signedOn, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        ArgumentNullException.ThrowIfNull(calendar);
        switch (milestone.Rule)
        {
            case DueRule.Date:
                return (milestone.DueOn, false);
            case DueRule.WorkdaysAfterSigning:
                var deadline = calendar.AddWorkdays(signedOn, milestone.Days!.Value);
                return (deadline.Date, deadline.Provisional);
            case DueRule.DaysAfterSigning:
                var natural = calendar.AddNaturalDays(signedOn, milestone.Days!.Value);
                return (natural.Date, natural.Provisional);
            default:
                return (milestone.ConditionMetOn ?? milestone.Deadline, false);
        }
    }

    /// <summary>
    /// Paid once a paid date is recorded; due once the date has come (date rules) or the condition is met; overdue when
    /// still unpaid after its due date, or when a condition is still unmet after its deadline.
    /// </summary>
    public static MilestoneState State(Milestone milestone, DateOnly signedOn, WorkCalendar calendar, DateOnly today)
    {
        var (due, provisional) = DueDate(milestone, signedOn, calendar);
        if (milestone.PaidOn is not null)
        {
            return new MilestoneState(milestone, due, provisional, PaymentStatus.Paid, false);
        }

        if (milestone.Rule == DueRule.Condition)
        {
            return milestone.ConditionMetOn is not null
                ? new MilestoneState(milestone, due, false, PaymentStatus.Due, false)
                : new MilestoneState(milestone, due, false, PaymentStatus.Pending, milestone.Deadline is { } by && today > by);
        }

        var reached = due is { } date && today >= date;
        return new MilestoneState(milestone, due, provisional, reached ? PaymentStatus.Due : PaymentStatus.Pending, due is { } d && today > d);
    }
}
