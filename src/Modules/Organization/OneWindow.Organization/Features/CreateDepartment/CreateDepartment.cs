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
using DepartmentItem = OneWindow.Organization.Features.ListDepartments.ListDepartments.DepartmentItem;

namespace OneWindow.Organization.Features.CreateDepartment;

internal static class CreateDepartment
{
    public sealed record Request(string? Code, string? Name, IReadOnlyList<string>? Halls);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/org/departments", async Task<Results<Created<DepartmentItem>, ProblemHttpResult>> (Request request, ClaimsPrincipal user, IDataScope scopes, OrganizationDbContext db, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, db, await scopes.ForAsync(user, ct), ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/org/departments/{result.Value!.Code}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.OrganizationAdmin)
            .WithTags("Organization");

    public static async Task<Result<DepartmentItem>> HandleAsync(Request request, OrganizationDbContext db, CenterScope scope, CancellationToken ct)
    {
        var validation = new Validation().Code("code", request.Code).Name("name", request.Name);
        var hallCodes = (request.Halls ?? []).Distinct(StringComparer.Ordinal).ToList();
        var halls = await db.Halls.Include(h => h.Center).Where(h => hallCodes.Contains(h.Code)).ToListAsync(ct);
        foreach (var missing in hallCodes.Where(c => !halls.Any(h => h.Code == c && scope.Contains(h.Center!.Code))))
        {
            validation.Add("halls", $"hall '{missing}' does not exist");
        }

        if (!validation.IsValid)
        {
            return Error.Invalid(validation);
        }

        if (await db.Departments.AnyAsync(d => d.Code == request.Code, ct))
        {
            return Error.Conflict("org.duplicate_code", $"A department with code '{request.Code}' already exists.");
        }

        var department = new Department { Code = request.Code!, Name = request.Name!.Trim(), Halls = halls };
        db.Departments.Add(department);
        await db.SaveChangesAsync(ct);
        return new DepartmentItem(department.Code, department.Name, hallCodes);
    }
}
