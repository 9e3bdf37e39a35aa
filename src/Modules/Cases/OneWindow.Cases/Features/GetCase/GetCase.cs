using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Cases.Data;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Cases.Features.GetCase;

/// <summary>One case: materials, what is missing, the applicant masked, the actions its state allows and its history.</summary>
internal static class GetCase
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/cases/{id:guid}", async (Guid id, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await HandleAsync(id, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Cases");

    public static async Task<Result<CaseDetail>> HandleAsync(Guid id, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        var found = await desk.FindAsync(id, user, ct);
        return found.IsSuccess ? await desk.DetailAsync(found.Value!, ct) : found.Error!;
    }
}
