using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneWindow.Licenses.Contracts;
using OneWindow.Licenses.Data;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Licenses.Features.GetLicense;

/// <summary>证照核验: one license by its number, with today's validity (a case's material line shows this).</summary>
internal static class GetLicense
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/licenses/{number}", async Task<Results<Ok<LicenseView>, ProblemHttpResult>> (string number, LicenseDesk desk, CancellationToken ct) =>
                (await HandleAsync(number, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Licenses");

    public static async Task<Result<LicenseView>> HandleAsync(string number, LicenseDesk desk, CancellationToken ct)
    {
        LicenseInfo? found;
        try
        {
            found = await desk.Registry.FindAsync(number, ct);
        }
        catch (LicenseServiceUnavailableException)
        {
            return LicenseDesk.Unavailable();
        }

        return found is null ? LicenseDesk.NotFound(number) : desk.View(found);
    }
}
