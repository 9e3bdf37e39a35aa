using Microsoft.Extensions.Configuration;

namespace OneWindow.ContractLedger;

/// <summary>Configuration OneWindow:ContractLedger.</summary>
internal sealed class ContractLedgerOptions
{
    /// <summary>Largest evidence file accepted, in bytes.</summary>
    public long MaxEvidenceBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Where evidence files are kept (outside the web root); relative to the data directory.</summary>
    public string EvidenceFolder { get; init; } = "contract-evidence";

    public static ContractLedgerOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection("OneWindow:ContractLedger").Get<ContractLedgerOptions>() ?? new ContractLedgerOptions();
        if (options.MaxEvidenceBytes < 1 || string.IsNullOrWhiteSpace(options.EvidenceFolder))
        {
            throw new InvalidOperationException("OneWindow:ContractLedger: MaxEvidenceBytes must be positive and EvidenceFolder set.");
        }

        return options;
    }
}
