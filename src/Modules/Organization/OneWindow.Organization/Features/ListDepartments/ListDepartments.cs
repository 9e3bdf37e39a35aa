using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.Organization.Data;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Organization.Features.ListDepartments;

/// <summary>进驻部门: approving departments are district-wide, so every staff member may list them.</summary>
internal static class ListDepartments
{
    public sealed record DepartmentItem(string Code, string Name, IReadOnlyList<string> Halls);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/org/departments", async Task<Ok<IReadOnlyList<DepartmentItem>>> (OrganizationDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await HandleAsync(db, ct)))
            .RequireAuthorization(Policies.Staff)
            .WithTags("Organization");

    public static async Task<IReadOnlyList<DepartmentItem>> HandleAsync(OrganizationDbContext db, CancellationToken ct) =>
        await db.Departments.AsNoTracking().OrderBy(d => d.Code)
            .Select(d => new DepartmentItem(d.Code, d.Name, d.Halls.Select(h => h.Code).ToList()))
            .ToListAsync(ct);
}
