using Microsoft.Extensions.Configuration;

namespace OneWindow.Queue;

/// <summary>Configuration OneWindow:Queue.</summary>
internal sealed class QueueOptions
{
    /// <summary>Issue tickets at any hour (tests, demos at night). Off by default: halls issue only while they serve.</summary>
    public bool IgnoreBusinessHours { get; init; }

    /// <summary>China time of day when numbers restart and yesterday's unfinished tickets are closed.</summary>
    public TimeOnly DailyResetAt { get; init; } = new(0, 0);

    /// <summary>A called visitor who does not come after this many recalls is a no-show.</summary>
    public int MaxRecalls { get; init; } = 3;

    /// <summary>Service time assumed for a category with no history yet.</summary>
    public double DefaultServiceMinutes { get; init; } = 10;

    /// <summary>Weight of the newest service time in the moving average.</summary>
    public double SmoothingFactor { get; init; } = 0.2;

    /// <summary>The service level target: this share of visitors called within <see cref="TargetWaitMinutes"/>.</summary>
    public double TargetServiceLevel { get; init; } = 0.9;

    public double TargetWaitMinutes { get; init; } = 15;

    /// <summary>Share of rostered time not at the window (breaks, training, leave) for rostered staff = ceil(N / (1 - shrinkage)).</summary>
    public double Shrinkage { get; init; } = 0.3;

    /// <summary>How many past same weekdays the arrival forecast averages.</summary>
    public int ForecastWeeks { get; init; } = 8;

    public static QueueOptions From(IConfiguration configuration) =>
        configuration.GetSection("OneWindow:Queue").Get<QueueOptions>() ?? new QueueOptions();
}
