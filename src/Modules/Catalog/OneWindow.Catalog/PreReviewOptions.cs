using Microsoft.Extensions.Configuration;

namespace OneWindow.Catalog;

/// <summary>Configuration OneWindow:PreReview (智慧化审前 uploads).</summary>
internal sealed class PreReviewOptions
{
    /// <summary>Largest single file, in bytes (default 10 MB).</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Largest submission, all files together (default 40 MB).</summary>
    public long MaxTotalBytes { get; init; } = 40 * 1024 * 1024;

    /// <summary>Most files in one submission.</summary>
    public int MaxFiles { get; init; } = 30;

    /// <summary>Days a submission and its files are kept for the window (then purged every night).</summary>
    public int KeepDays { get; init; } = 30;

    /// <summary>Under the data directory, outside the web root.</summary>
    public string Folder { get; init; } = "prereview-files";

    public static PreReviewOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection("OneWindow:PreReview").Get<PreReviewOptions>() ?? new PreReviewOptions();
        if (options.MaxFileBytes < 1 || options.MaxTotalBytes < options.MaxFileBytes || options.MaxFiles < 1 || options.KeepDays < 1 || string.IsNullOrWhiteSpace(options.Folder))
        {
            throw new InvalidOperationException("OneWindow:PreReview: sizes and counts must be positive (MaxTotalBytes ≥ MaxFileBytes) and Folder set.");
        }

        return options;
    }
}
