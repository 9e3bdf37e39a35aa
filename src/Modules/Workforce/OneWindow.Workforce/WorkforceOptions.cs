using Microsoft.Extensions.Configuration;

namespace OneWindow.Workforce;

/// <summary>Configuration OneWindow:Workforce.</summary>
internal sealed class WorkforceOptions
{
    /// <summary>
    /// Extended-hours shifts of a generated roster. Empty (the default): every hall's extended periods (早间/午间/晚间/周六延时)
    /// from its business hours. When listed, only these are used.
    /// </summary>
    public List<ShiftOption> ExtendedShifts { get; init; } = [];

    /// <summary>People each extended period needs at the center a roster is generated for (from the hall hours).</summary>
    public int ShiftStaff { get; init; } = 2;

    /// <summary>People each extended period needs at the centers below it (street halls' 午间延时).</summary>
    public int SubCenterShiftStaff { get; init; } = 1;

    /// <summary>Hours of a comp day (调休): weekday extended shifts earn their hours, a shift on a day off earns a whole day.</summary>
    public decimal CompDayHours { get; init; } = 8m;

    public int MaxConsecutiveWorkDays { get; init; } = 6;

    public bool NoMorningAfterEvening { get; init; } = true;

    public int MaxExtendedShiftsPerPerson { get; init; } = 8;

    /// <summary>How long the solver may search for a better roster.</summary>
    public int SolverSeconds { get; init; } = 30;

    /// <summary>Minutes after the start (before the end) that still count as on time.</summary>
    public int GraceMinutes { get; init; } = 5;

    /// <summary>Working hours when a center has no hall hours.</summary>
    public string DayStart { get; init; } = "09:00";

    public string DayEnd { get; init; } = "17:00";

    /// <summary>Largest training material accepted, in bytes (20 MB).</summary>
    public long TrainingMaterialMaxBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Folder under the data directory (never the web root) where training materials are kept.</summary>
    public string TrainingMaterialFolder { get; init; } = "workforce-training";

    /// <summary>Weights of the monthly scorecard's composite score; see docs/modules/workforce.md.</summary>
    public ScorecardWeights Scorecard { get; init; } = new();

    public static WorkforceOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection("OneWindow:Workforce").Get<WorkforceOptions>() ?? new WorkforceOptions();
        if (options.ShiftStaff < 0 || options.SubCenterShiftStaff < 0 || options.CompDayHours <= 0 || options.MaxConsecutiveWorkDays < 1
            || options.MaxExtendedShiftsPerPerson < 0 || options.SolverSeconds is < 1 or > 600 || options.GraceMinutes is < 0 or > 120
            || !TimeOnly.TryParse(options.DayStart, System.Globalization.CultureInfo.InvariantCulture, out var start)
            || !TimeOnly.TryParse(options.DayEnd, System.Globalization.CultureInfo.InvariantCulture, out var end) || end <= start)
        {
            throw new InvalidOperationException("OneWindow:Workforce: ShiftStaff, SubCenterShiftStaff and MaxExtendedShiftsPerPerson must be >= 0, CompDayHours > 0, MaxConsecutiveWorkDays >= 1, SolverSeconds 1-600, GraceMinutes 0-120, DayStart before DayEnd (HH:mm).");
        }

        var w = options.Scorecard;
        if (options.TrainingMaterialMaxBytes < 1024 || string.IsNullOrWhiteSpace(options.TrainingMaterialFolder)
            || new[] { w.Service, w.Evaluation, w.Attendance, w.Training, w.Assessment }.Any(x => x < 0) || w.Total <= 0
            || w.ComplaintPenalty < 0 || w.LatePenalty < 0 || w.AbsentPenalty < 0 || w.TicketsForFullMarks < 1)
        {
            throw new InvalidOperationException("OneWindow:Workforce: TrainingMaterialMaxBytes >= 1024, TrainingMaterialFolder set, Scorecard weights and penalties >= 0 with a positive total, TicketsForFullMarks >= 1.");
        }

        foreach (var shift in options.ExtendedShifts)
        {
            if (string.IsNullOrWhiteSpace(shift.Center) || string.IsNullOrWhiteSpace(shift.Code) || string.IsNullOrWhiteSpace(shift.Label)
                || shift.Days is not ("workday" or "saturday" or "sunday") || shift.Required < 1
                || !TimeOnly.TryParse(shift.Start, System.Globalization.CultureInfo.InvariantCulture, out var s)
                || !TimeOnly.TryParse(shift.End, System.Globalization.CultureInfo.InvariantCulture, out var e) || e <= s)
            {
                throw new InvalidOperationException($"OneWindow:Workforce:ExtendedShifts: '{shift.Code}' needs center, code, label, days (workday|saturday|sunday), required >= 1 and start before end (HH:mm).");
            }
        }

        return options;
    }
}

/// <summary>A configured extended shift, e.g. {center: "sjs", code: "early", label: "早间延时", days: "workday", start: "08:00", end: "09:00", required: 2}.</summary>
internal sealed class ShiftOption
{
    public string Center { get; init; } = "";

    public string Code { get; init; } = "";

    public string Label { get; init; } = "";

    public string Days { get; init; } = "workday";

    public string Start { get; init; } = "";

    public string End { get; init; } = "";

    public int Required { get; init; } = 1;

    public string? Skill { get; init; }
}

/// <summary>
/// The monthly scorecard's composite (0-100): each part is scored 0-100, the composite is their weighted mean
/// (weights need not add up to 100; a part without data is left out and the others are re-weighted).
/// </summary>
internal sealed class ScorecardWeights
{
    /// <summary>Tickets served: served ÷ <see cref="TicketsForFullMarks"/> × 100, at most 100.</summary>
    public decimal Service { get; init; } = 30m;

    /// <summary>Evaluations: the good rate × 100, minus <see cref="ComplaintPenalty"/> per upheld bad rating, at least 0.</summary>
    public decimal Evaluation { get; init; } = 25m;

    /// <summary>Attendance: 100 minus <see cref="LatePenalty"/> per late or early-leave day and <see cref="AbsentPenalty"/> per absent day, at least 0.</summary>
    public decimal Attendance { get; init; } = 20m;

    /// <summary>Training attendance rate × 100.</summary>
    public decimal Training { get; init; } = 10m;

    /// <summary>Mean of the quarter's assessment scores.</summary>
    public decimal Assessment { get; init; } = 15m;

    public int TicketsForFullMarks { get; init; } = 300;

    public decimal ComplaintPenalty { get; init; } = 10m;

    public decimal LatePenalty { get; init; } = 2m;

    public decimal AbsentPenalty { get; init; } = 10m;

    public decimal Total => Service + Evaluation + Attendance + Training + Assessment;
}
