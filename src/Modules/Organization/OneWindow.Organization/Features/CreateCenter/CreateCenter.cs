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

namespace OneWindow.Organization.Features.CreateCenter;

/// <summary>Adds a center under a parent the user can see (a street under its district, a station under its street).</summary>
internal static class CreateCenter
{
    public sealed record Request(string? Code, string? Name, string? Level, string? ParentCode, string? Address);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/org/centers", async Task<Results<Created<CenterNode>, ProblemHttpResult>> (Request request, ClaimsPrincipal user, IDataScope scopes, OrganizationDbContext db, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, db, await scopes.ForAsync(user, ct), ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/org/centers/{result.Value!.Code}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.OrganizationAdmin)
            .WithTags("Organization");

    public static async Task<Result<CenterNode>> HandleAsync(Request request, OrganizationDbContext db, CenterScope scope, CancellationToken ct)
    {
        var validation = new Validation()
            .Code("code", request.Code)
            .Name("name", request.Name)
            .Optional("address", request.Address, 200);
        if (!EnumParsing.TryParseWire<CenterLevel>(request.Level, out var level))
        {
            validation.Add("level", $"must be one of: {EnumParsing.Allowed<CenterLevel>()}");
        }

        if (!validation.IsValid)
        {
            return Error.Invalid(validation);
        }

        Center? parent = null;
        if (!string.IsNullOrWhiteSpace(request.ParentCode))
        {
            var found = await db.VisibleCenterAsync(scope, request.ParentCode, "parentCode", ct);
            if (!found.IsSuccess)
            {
                return found.Error!;
            }

            parent = found.Value;
        }
        else if (!scope.IsEverything)
        {
            return Error.Invalid("parentCode", "is required: you may only add centers inside your own scope");
        }

        if (!Center.CanBeChildOf(level, parent?.Level))
        {
            return Error.Invalid("level", parent is null
                ? $"a top-level center must be a district center, not '{level.Wire()}'"
                : $"a '{level.Wire()}' center cannot be placed under a '{parent.Level.Wire()}' center", "org.invalid_level");
        }

        if (await db.Centers.AnyAsync(c => c.Code == request.Code, ct))
        {
            return Error.Conflict("org.duplicate_code", $"A center with code '{request.Code}' already exists.");
        }

        var center = new Center
        {
            Code = request.Code!,
            Name = request.Name!.Trim(),
            Level = level,
            ParentId = parent?.Id,
            Path = (parent?.Path ?? "/") + request.Code + "/",
            Address = request.Address?.Trim(),
        };
        db.Centers.Add(center);
        await db.SaveChangesAsync(ct);
        return new CenterNode(center.Code, center.Name, center.Level.Wire(), parent?.Code, center.Address, []);
    }
}
