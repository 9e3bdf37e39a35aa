using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWindow.SharedKernel.Api;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Data;

/// <summary>Wire forms and checks shared by the training and appraisal use cases.</summary>
internal static class TrainingBook
{
    public static readonly string[] Forms = ["online", "offline", "mixed"];

    public static readonly string[] Presences = ["present", "absent", "on-leave"];

    /// <summary>"2026-03" or "2026-Q1": (year, first month, last month), or null.</summary>
    public static (int Year, int FirstMonth, int LastMonth)? Period(string? text)
    {
        if (text is null)
        {
            return null;
        }

        text = text.Trim();
        if (text.Length == 7 && text[4] == '-' && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and < 2200)
        {
            if (text[5] is 'Q' or 'q' && text[6] is >= '1' and <= '4')
            {
                var q = text[6] - '0';
                return (year, (q * 3) - 2, q * 3);
            }

            if (int.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
            {
                return (year, month, month);
            }
        }

        return null;
    }

    /// <summary>"2026-Q3" as (2026, 3), or null.</summary>
    public static (int Year, int Quarter)? Quarter(string? text) =>
        text is not null && Period(text) is { } p && text.Trim()[5] is 'Q' or 'q' ? (p.Year, p.LastMonth / 3) : null;

    public static string QuarterText(int year, int quarter) => string.Create(CultureInfo.InvariantCulture, $"{year}-Q{quarter}");

    /// <summary>Normalizes "2026-q1" to "2026-Q1" and "2026-03" stays.</summary>
    public static string PeriodText(string text) => text.Trim().ToUpperInvariant();

    public static string Presence(TrainingPresence p) => p switch
    {
        TrainingPresence.Present => "present",
        TrainingPresence.Absent => "absent",
        _ => "on-leave",
    };

    public static TrainingPresence? Presence(string? text) => text?.Trim() switch
    {
        "present" => TrainingPresence.Present,
        "absent" => TrainingPresence.Absent,
        "on-leave" => TrainingPresence.OnLeave,
        _ => null,
    };

    /// <summary>A share as a percentage with two places, half away from zero; null when there is nothing to divide.</summary>
    public static decimal? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(part * 100m / whole, 2, MidpointRounding.AwayFromZero);

    /// <summary>Approved (or returned) leave covering the whole of a date, by staff.</summary>
    public static async Task<HashSet<Guid>> OnLeaveAsync(WorkforceDbContext db, IReadOnlyCollection<Guid> staff, DateOnly date, CancellationToken ct)
    {
        var ids = staff.ToList();
        var leaves = await db.Leaves.AsNoTracking()
            .Where(l => ids.Contains(l.StaffId) && (l.Status == LeaveStatus.Approved || l.Status == LeaveStatus.Returned) && l.From <= date && l.To >= date)
            .ToListAsync(ct);
        var unitMorning = date.DayNumber * 2;
        return leaves.Where(l => l.Units.Start <= unitMorning + 1 && unitMorning < l.Units.End)
            .Select(l => l.StaffId).ToHashSet();
    }

    /// <summary>Checks a score: 0-100 with at most one decimal.</summary>
    public static bool ValidScore(decimal score) => score is >= 0m and <= 100m && decimal.Round(score, 1) == score;
}
