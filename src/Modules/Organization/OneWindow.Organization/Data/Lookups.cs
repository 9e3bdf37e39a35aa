using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.Organization.Domain;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Organization.Data;

internal static class Lookups
{
    /// <summary>The hall, if it exists and the scope covers its center; an unseen hall is "not found", not "forbidden".</summary>
    public static async Task<Result<Hall>> VisibleHallAsync(this OrganizationDbContext db, CenterScope scope, string hallCode, CancellationToken ct)
    {
        var hall = await db.Halls.Include(h => h.Center).FirstOrDefaultAsync(h => h.Code == hallCode, ct);
        if (hall is null || !scope.Contains(hall.Center!.Code))
        {
            return Error.NotFound("org.hall_not_found", $"Hall '{hallCode}' does not exist.");
        }

        return hall;
    }

    public static async Task<Result<Center>> VisibleCenterAsync(this OrganizationDbContext db, CenterScope scope, string centerCode, string field, CancellationToken ct)
    {
        var center = await db.Centers.FirstOrDefaultAsync(c => c.Code == centerCode, ct);
        if (center is null || !scope.Contains(center.Code))
        {
            return Error.Invalid(field, $"center '{centerCode}' does not exist", "org.center_not_found");
        }

        return center;
    }

    public static string Wire(this CenterLevel level) => EnumParsing.ToWire(level);

    public static string Wire(this WindowKind kind) => EnumParsing.ToWire(kind);

    public static string Wire(this WindowStatus status) => EnumParsing.ToWire(status);

    public static string Wire(this UnitKind kind) => EnumParsing.ToWire(kind);
}
