namespace OneWindow.Calendar.Domain;

/// <summary>One year's official arrangement (国务院办公厅通知), entered once a year when it is published.</summary>
internal sealed class HolidayYear
{
    public int Year { get; set; }

    public required string Source { get; set; }

    public DateTimeOffset EnteredAt { get; set; }

    public List<HolidayDate> Dates { get; set; } = [];
}

/// <summary>A day off (holiday) or a weekend day that becomes a working day (调休上班), with the holiday it belongs to.</summary>
internal sealed class HolidayDate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int Year { get; set; }

    public DateOnly Date { get; set; }

    public bool IsWorkday { get; set; }

    public required string Holiday { get; set; }
}

/// <summary>A center's own exception: the hall is closed (e.g. 停电、local holiday) or open on a day off.</summary>
internal sealed class CenterOverride
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string CenterCode { get; set; }

    public DateOnly Date { get; set; }

    public bool IsWorkday { get; set; }

    public required string Reason { get; set; }
}

/// <summary>A hall's weekly hours from <see cref="EffectiveFrom"/> on (a change of hours is a new schedule, never an edit).</summary>
internal sealed class HallSchedule
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string HallCode { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset EnteredAt { get; set; }

    public List<SchedulePeriod> Periods { get; set; } = [];
}

/// <summary>One period of a <see cref="HallSchedule"/>.</summary>
internal sealed class SchedulePeriod
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ScheduleId { get; set; }

    public Contracts.PeriodDays Days { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    public bool Extended { get; set; }

    public required string Label { get; set; }
}
