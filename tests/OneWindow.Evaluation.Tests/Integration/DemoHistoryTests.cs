using Microsoft.EntityFrameworkCore;
using OneWindow.Evaluation.Domain;
using TaskStatus = OneWindow.Evaluation.Domain.TaskStatus;

namespace OneWindow.Evaluation.Tests.Integration;

/// <summary>The demo's past ratings: mostly 非常满意, a few 差评 whose tasks stand in different states, loaded once.</summary>
[Trait("Category", "Integration")]
public sealed class DemoHistoryTests
{
    [Fact]
    public async Task The_scenario_loads_weeks_of_ratings_mostly_very_satisfied_with_bad_ones_rectified_set_aside_or_still_open()
    {
        await using var app = new HistoryApp();
        var ratings = await app.ReadAsync(db => db.Ratings.AsNoTracking().ToListAsync());
        var tasks = await app.ReadAsync(db => db.Tasks.AsNoTracking().ToListAsync());

        Assert.True(ratings.Count > 300, $"only {ratings.Count} ratings");
        Assert.True(ratings.Count(r => r.Grade == 5) > ratings.Count * 0.7);
        Assert.Equal(ratings.Count(r => r.Grade <= 2), tasks.Count);
        Assert.Contains(tasks, t => t.Status == TaskStatus.Closed);
        Assert.Contains(tasks, t => t.Status is TaskStatus.Open or TaskStatus.Verified or TaskStatus.Rectified);
        Assert.Contains(ratings, r => r.Channel == EvaluationChannel.Online && r.DepartmentCode != null);
        Assert.All(tasks.Where(t => t.Status == TaskStatus.SetAside), t => Assert.True(ratings.Single(r => r.Id == t.RatingId).SetAside));
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        Assert.All(ratings, r => Assert.InRange(r.Day, today.AddDays(-30), today.AddDays(-1)));
    }

    private sealed class HistoryApp() : EvaluationApp(new Dictionary<string, string?> { ["OneWindow:Demo:EvaluationHistoryDays"] = "30" });
}
