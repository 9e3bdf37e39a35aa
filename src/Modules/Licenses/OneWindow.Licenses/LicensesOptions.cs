using Microsoft.Extensions.Configuration;

namespace OneWindow.Licenses;

/// <summary>Configuration OneWindow:Licenses.</summary>
internal sealed class LicensesOptions
{
    /// <summary><c>Local</c> (default: this product's registry) or <c>Remote</c> (an external license service).</summary>
    public string Provider { get; init; } = "Local";

    /// <summary>The external service's base address (Remote), e.g. https://zzk.example.gov.cn/api/.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>Sent as <c>X-App-Key</c> to the external service (Remote).</summary>
    public string? AppKey { get; init; }

    /// <summary>How long the window waits for the external service, in seconds.</summary>
    public int TimeoutSeconds { get; init; } = 5;

    public bool IsRemote => string.Equals(Provider, "Remote", StringComparison.OrdinalIgnoreCase);

    public static LicensesOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection("OneWindow:Licenses").Get<LicensesOptions>() ?? new LicensesOptions();
        if (!options.IsRemote && !string.Equals(options.Provider, "Local", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"OneWindow:Licenses:Provider must be Local or Remote, not '{options.Provider}'.");
        }

        if (options.IsRemote && (options.BaseUrl is null || !options.BaseUrl.IsAbsoluteUri))
        {
            throw new InvalidOperationException("OneWindow:Licenses:BaseUrl (an absolute address) is required with Provider=Remote.");
        }

        if (options.TimeoutSeconds is < 1 or > 120)
        {
            throw new InvalidOperationException("OneWindow:Licenses:TimeoutSeconds must be 1–120.");
        }

        return options;
    }
}
