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

namespace OneWindow.Organization.Features.CreateUnit;

internal static class CreateUnit
{
    public sealed record Request(string? Code, string? Name, string? Kind, string? CenterCode);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/org/units", async Task<Results<Created<UnitSummary>, ProblemHttpResult>> (Request request, ClaimsPrincipal user, IDataScope scopes, OrganizationDbContext db, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, db, await scopes.ForAsync(user, ct), ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/org/units/{result.Value!.Code}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.OrganizationAdmin)
            .WithTags("Organization");

    public static async Task<Result<UnitSummary>> HandleAsync(Request request, OrganizationDbContext db, CenterScope scope, CancellationToken ct)
    {
        var validation = new Validation().Code("code", request.Code).Name("name", request.Name);
        if (!EnumParsing.TryParseWire<UnitKind>(request.Kind, out var kind))
        {
            validation.Add("kind", $"must be one of: {EnumParsing.Allowed<UnitKind>()}");
        }

        if (!validation.IsValid)
        {
            return Error.Invalid(validation);
        }

        Guid? centerId = null;
        if (!string.IsNullOrWhiteSpace(request.CenterCode))
        {
            var center = await db.VisibleCenterAsync(scope, request.CenterCode, "centerCode", ct);
            if (!center.IsSuccess)
            {
                return center.Error!;
            }

            centerId = center.Value!.Id;
        }

        if (await db.Units.AnyAsync(u => u.Code == request.Code, ct))
        {
            return Error.Conflict("org.duplicate_code", $"A unit with code '{request.Code}' already exists.");
        }

        var unit = new OrgUnit { Code = request.Code!, Name = request.Name!.Trim(), Kind = kind, CenterId = centerId };
        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        return new UnitSummary(unit.Code, unit.Name, unit.Kind.Wire(), request.CenterCode);
    }
}
