using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.Organization.Data;
using OneWindow.Organization.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Organization.Features.CreateHall;

internal static class CreateHall
{
    public sealed record Request(string? Code, string? Name, string? CenterCode, string? Address);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/halls", async Task<Results<Created<HallSummary>, ProblemHttpResult>> (Request request, ClaimsPrincipal user, IDataScope scopes, OrganizationDbContext db, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, db, await scopes.ForAsync(user, ct), ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/halls/{result.Value!.Code}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.OrganizationAdmin)
            .WithTags("Organization");

    public static async Task<Result<HallSummary>> HandleAsync(Request request, OrganizationDbContext db, CenterScope scope, CancellationToken ct)
    {
        var validation = new Validation()
            .Code("code", request.Code)
            .Name("name", request.Name)
            .Code("centerCode", request.CenterCode)
            .Optional("address", request.Address, 200);
        if (!validation.IsValid)
        {
            return Error.Invalid(validation);
        }

        var center = await db.VisibleCenterAsync(scope, request.CenterCode!, "centerCode", ct);
        if (!center.IsSuccess)
        {
            return center.Error!;
        }

        if (await db.Halls.AnyAsync(h => h.Code == request.Code, ct))
        {
            return Error.Conflict("org.duplicate_code", $"A hall with code '{request.Code}' already exists.");
        }

        var hall = new Hall { Code = request.Code!, Name = request.Name!.Trim(), CenterId = center.Value!.Id, Address = request.Address?.Trim() };
        db.Halls.Add(hall);
        await db.SaveChangesAsync(ct);
        return new HallSummary(hall.Code, hall.Name, center.Value.Code);
    }
}
