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

namespace OneWindow.Organization.Features.ListUnits;

/// <summary>承办单位 that 12345 work orders are dispatched to.</summary>
internal static class ListUnits
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/org/units", async (string? kind, OrganizationDbContext db, CancellationToken ct) => (await HandleAsync(kind, db, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Organization");

    /// <summary>The units of one kind (or all), ordered by code.</summary>
    public static async Task<Result<IReadOnlyList<UnitSummary>>> HandleAsync(string? kind, OrganizationDbContext db, CancellationToken ct)
    {
        UnitKind? filter = null;
        if (kind is not null)
        {
            if (!EnumParsing.TryParseWire<UnitKind>(kind, out var parsed))
            {
                return Error.Invalid("kind", $"must be one of: {EnumParsing.Allowed<UnitKind>()}");
            }

            filter = parsed;
        }

        return Result<IReadOnlyList<UnitSummary>>.Ok(await ListAsync(db, filter, ct));
    }

    internal static async Task<IReadOnlyList<UnitSummary>> ListAsync(OrganizationDbContext db, UnitKind? filter, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking()
            .Where(u => filter == null || u.Kind == filter)
            .OrderBy(u => u.Code)
            .Select(u => new { u.Code, u.Name, u.Kind, Center = db.Centers.Where(c => c.Id == u.CenterId).Select(c => c.Code).FirstOrDefault() })
            .ToListAsync(ct);
        return units.Select(u => new UnitSummary(u.Code, u.Name, u.Kind.Wire(), u.Center)).ToList();
    }
}
