using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneWindow.Licenses.Contracts;
using OneWindow.Licenses.Data;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Auditing;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Licenses.Features.SearchLicenses;

/// <summary>
/// 证照查询: the licenses a person or an enterprise holds, for the window accepting their case. The ID travels in the body
/// (never in an address, so never in a log); results are masked; every search is audited with the masked ID.
/// </summary>
internal static class SearchLicenses
{
    public sealed record Request(string? HolderId);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/licenses/search", async Task<Results<Ok<IReadOnlyList<LicenseView>>, ProblemHttpResult>> (Request request, LicenseDesk desk, CancellationToken ct) =>
                (await HandleAsync(request, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Licenses");

    public static async Task<Result<IReadOnlyList<LicenseView>>> HandleAsync(Request request, LicenseDesk desk, CancellationToken ct)
    {
        if (HolderId.NormalizeAny(request.HolderId) is not { } id)
        {
            return Error.Invalid("holderId", "must be a resident ID number or a unified social credit code that passes its check");
        }

        IReadOnlyList<LicenseInfo> found;
        try
        {
            found = await desk.Registry.ForHolderAsync(id, ct);
        }
        catch (LicenseServiceUnavailableException)
        {
            return LicenseDesk.Unavailable();
        }

        await desk.Audit.RecordAsync([new AuditRecord("search", "LicenseHolder", Masking.IdNumber(id), $"{found.Count} licenses")], ct);
        return Result<IReadOnlyList<LicenseView>>.Ok(found.Select(desk.View).ToList());
    }
}
