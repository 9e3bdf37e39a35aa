using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.Organization.Data;
using OneWindow.Organization.Domain;
using CategoryItem = OneWindow.Organization.Features.ListCategories.ListCategories.CategoryItem;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Organization.Features.CreateCategory;

/// <summary>Adds a ticket category to a hall; its prefix letter starts every ticket number (A001).</summary>
internal static class CreateCategory
{
    public sealed record Request(string? Code, string? Name, string? TicketPrefix);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/halls/{hall}/categories", async Task<Results<Created<CategoryItem>, ProblemHttpResult>> (string hall, Request request, ClaimsPrincipal user, IDataScope scopes, OrganizationDbContext db, CancellationToken ct) =>
            {
                var result = await HandleAsync(hall, request, db, await scopes.ForAsync(user, ct), ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/halls/{hall}/categories/{result.Value!.Code}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.OrganizationAdmin)
            .WithTags("Organization");

    public static async Task<Result<CategoryItem>> HandleAsync(string hallCode, Request request, OrganizationDbContext db, CenterScope scope, CancellationToken ct)
    {
        var hall = await db.VisibleHallAsync(scope, hallCode, ct);
        if (!hall.IsSuccess)
        {
            return hall.Error!;
        }

        var validation = new Validation().Code("code", request.Code).Name("name", request.Name);
        if (string.IsNullOrWhiteSpace(request.TicketPrefix) || request.TicketPrefix.Length > 2 || !request.TicketPrefix.All(char.IsAsciiLetterUpper))
        {
            validation.Add("ticketPrefix", "must be one or two capital letters");
        }

        if (!validation.IsValid)
        {
            return Error.Invalid(validation);
        }

        if (await db.Categories.AnyAsync(c => c.HallId == hall.Value!.Id && c.Code == request.Code, ct))
        {
            return Error.Conflict("org.duplicate_code", $"Hall '{hallCode}' already has a category '{request.Code}'.");
        }

        var category = new ServiceCategory { HallId = hall.Value!.Id, Code = request.Code!, Name = request.Name!.Trim(), TicketPrefix = request.TicketPrefix! };
        db.Categories.Add(category);
        await db.SaveChangesAsync(ct);
        return new CategoryItem(category.Code, category.Name, category.TicketPrefix);
    }
}
