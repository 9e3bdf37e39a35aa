using Microsoft.Extensions.Configuration;

namespace OneWindow.Assistance;

/// <summary>Configuration OneWindow:Assistance.</summary>
internal sealed class AssistanceOptions
{
    /// <summary>A forwarded dossier whose receipt is not confirmed within this many working days is overdue.</summary>
    public int ReceiptWorkdays { get; init; } = 3;

    /// <summary>Whether the scenario's demo records (a few dozen) are written; tests switch them off.</summary>
    public bool DemoRecords { get; init; } = true;

    public static AssistanceOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection("OneWindow:Assistance").Get<AssistanceOptions>() ?? new AssistanceOptions();
        if (options.ReceiptWorkdays is < 1 or > 60)
        {
            throw new InvalidOperationException("OneWindow:Assistance:ReceiptWorkdays must be 1-60.");
        }

        return options;
    }
}
