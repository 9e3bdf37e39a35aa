using Microsoft.Extensions.Configuration;

namespace OneWindow.Cases;

/// <summary>Settings under <c>OneWindow:Cases</c>.</summary>
internal sealed record CasesOptions(string PublicBaseUrl, string? OfficeCommand)
{
    /// <summary>The public address printed in the QR codes: the case lookup and online evaluation page (一事一评).</summary>
    public string LookupUrl(string number) => $"{PublicBaseUrl.TrimEnd('/')}/evaluate/case?number={Uri.EscapeDataString(number)}";

    /// <summary>The staff page of a hand-over batch (the QR on the printed sheet).</summary>
    public string BatchUrl(string batchNumber) => $"{PublicBaseUrl.TrimEnd('/')}/cases/handover?batch={Uri.EscapeDataString(batchNumber)}";

    public static CasesOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("OneWindow:Cases");
        return new CasesOptions(section["PublicBaseUrl"] ?? "http://127.0.0.1:5080", section["OfficeCommand"]);
    }
}
