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

namespace OneWindow.Organization.Features.CreateWindow;

/// <summary>Adds a window to a hall; every category it serves must be one of the hall's categories.</summary>
internal static class CreateWindow
{
    public sealed record Request(string? Code, string? Name, string? Kind, IReadOnlyList<string>? Categories);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/halls/{hall}/windows", async Task<Results<Created<WindowSummary>, ProblemHttpResult>> (string hall, Request request, ClaimsPrincipal user, IDataScope scopes, OrganizationDbContext db, CancellationToken ct) =>
            {
                var result = await HandleAsync(hall, request, db, await scopes.ForAsync(user, ct), ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/halls/{hall}/windows/{result.Value!.Code}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.OrganizationAdmin)
            .WithTags("Organization");

    public static async Task<Result<WindowSummary>> HandleAsync(string hallCode, Request request, OrganizationDbContext db, CenterScope scope, CancellationToken ct)
    {
        var hall = await db.VisibleHallAsync(scope, hallCode, ct);
        if (!hall.IsSuccess)
        {
            return hall.Error!;
        }

        var validation = new Validation().Code("code", request.Code, 16).Name("name", request.Name);
        if (!EnumParsing.TryParseWire<WindowKind>(request.Kind, out var kind))
        {
            validation.Add("kind", $"must be one of: {EnumParsing.Allowed<WindowKind>()}");
        }

        var categories = (request.Categories ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (categories.Count == 0)
        {
            validation.Add("categories", "a window serves at least one category");
        }

        var known = await db.Categories.Where(c => c.HallId == hall.Value!.Id).Select(c => c.Code).ToListAsync(ct);
        foreach (var unknown in categories.Where(c => !known.Contains(c)))
        {
            validation.Add("categories", $"'{unknown}' is not a category of hall '{hallCode}'");
        }

        if (!validation.IsValid)
        {
            return Error.Invalid(validation);
        }

        if (await db.Windows.AnyAsync(w => w.HallId == hall.Value!.Id && w.Code == request.Code, ct))
        {
            return Error.Conflict("org.duplicate_code", $"Hall '{hallCode}' already has a window '{request.Code}'.");
        }

        var window = new Window { HallId = hall.Value!.Id, Code = request.Code!, Name = request.Name!.Trim(), Kind = kind, Categories = categories };
        db.Windows.Add(window);
        await db.SaveChangesAsync(ct);
        return new WindowSummary(window.Code, window.Name, window.Kind.Wire(), window.Status.Wire(), window.Categories);
    }
}
