using Microsoft.Extensions.Configuration;

namespace OneWindow.Hotline;

/// <summary>Configuration OneWindow:Hotline.</summary>
internal sealed class HotlineOptions
{
    /// <summary>Weights of 响应率 / 解决率 / 满意率 in the score (api.md default 0.1 / 0.5 / 0.4); they must add up to 1.</summary>
    public decimal ResponseWeight { get; init; } = 0.1m;

    public decimal ResolutionWeight { get; init; } = 0.5m;

    public decimal SatisfactionWeight { get; init; } = 0.4m;

    /// <summary>Day of the month an assessment period starts (1 = calendar months; e.g. 21 = the 21st to the 20th).</summary>
    public int PeriodStartDay { get; init; } = 1;

    /// <summary>An open order whose handling limit ends within this many hours is "due soon".</summary>
    public int DueSoonHours { get; init; } = 24;

    /// <summary>Largest attachment or photo accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Where attachments and photos are kept (outside the web root); relative to the data directory.</summary>
    public string FileFolder { get; init; } = "hotline-files";

    public static HotlineOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection("OneWindow:Hotline").Get<HotlineOptions>() ?? new HotlineOptions();
        if (options.ResponseWeight < 0 || options.ResolutionWeight < 0 || options.SatisfactionWeight < 0
            || options.ResponseWeight + options.ResolutionWeight + options.SatisfactionWeight != 1m)
        {
            throw new InvalidOperationException("OneWindow:Hotline: ResponseWeight, ResolutionWeight and SatisfactionWeight must be >= 0 and add up to 1.");
        }

        if (options.PeriodStartDay is < 1 or > 28 || options.DueSoonHours < 1 || options.MaxFileBytes < 1)
        {
            throw new InvalidOperationException("OneWindow:Hotline: PeriodStartDay must be 1-28, DueSoonHours and MaxFileBytes positive.");
        }

        return options;
    }
}
