using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OneWindow.Licenses.Contracts;

namespace OneWindow.Licenses.Data;

/// <summary>
/// An external license service (Provider=Remote): <c>POST {BaseUrl}licenses/search {"holderId"}</c> → an array of
/// licenses, <c>GET {BaseUrl}licenses/{number}</c> → one (404 when unknown), each
/// <c>{"number","materialCode","name","holderKind","holderName","holderIdMasked","issuedBy","issuedOn","validUntil","revoked"}</c>,
/// with the header <c>X-App-Key</c>. A service that does not answer in time or answers with an error is reported as
/// <see cref="LicenseServiceUnavailableException"/>: the window then takes paper.
/// </summary>
internal sealed partial class RemoteLicenseRegistry(HttpClient http, ILogger<RemoteLicenseRegistry> logger) : ILicenseRegistry
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<LicenseInfo>> ForHolderAsync(string holderId, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await http.PostAsJsonAsync("licenses/search", new { holderId = holderId.Trim() }, Json, cancellationToken);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<List<LicenseInfo>>(Json, cancellationToken) ?? [];
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException && !cancellationToken.IsCancellationRequested)
        {
            Unavailable(logger, ex.GetType().Name);
            throw new LicenseServiceUnavailableException(ex);
        }
    }

    public async Task<LicenseInfo?> FindAsync(string number, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await http.GetAsync("licenses/" + Uri.EscapeDataString(number.Trim()), cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<LicenseInfo>(Json, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException && !cancellationToken.IsCancellationRequested)
        {
            Unavailable(logger, ex.GetType().Name);
            throw new LicenseServiceUnavailableException(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The external license service did not answer ({Reason})")]
    private static partial void Unavailable(ILogger logger, string reason);
}
