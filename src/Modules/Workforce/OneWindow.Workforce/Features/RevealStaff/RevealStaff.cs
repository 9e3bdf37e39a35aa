using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Auditing;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Data;

namespace OneWindow.Workforce.Features.RevealStaff;

/// <summary>A staff member's ID number and phone in full, for those who may see personal data; the reveal is audited first.</summary>
internal static class RevealStaff
{
    public sealed record Request(string? Reason);

    public sealed record Revealed(string Code, string IdNumber, string Phone);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/workforce/staff/{code}/reveal", async Task<Results<Ok<Revealed>, ProblemHttpResult>> (string code, Request request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await HandleAsync(code, request, user, desk, ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(Roles.SystemAdmin, Roles.Auditor, Roles.BureauSupervisor))
            .WithTags("Workforce");

    public static async Task<Result<Revealed>> HandleAsync(string code, Request request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct)
    {
        var v = new Validation().Required("reason", request.Reason, 200);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var staff = await desk.StaffByCodeAsync(code, tracked: false, ct);
        var scope = await desk.ScopeAsync(user, ct);
        if (staff is null || !scope.Contains(staff.CenterCode))
        {
            return WorkforceDesk.StaffNotFound(code);
        }

        await desk.Audit.RecordAsync([new AuditRecord(AuditActions.Reveal, "Staff", staff.Id.ToString(), $"ID number and phone of {staff.Code}: {request.Reason!.Trim()}")], ct);
        return new Revealed(staff.Code, desk.Decrypt(staff.IdNumberEncrypted)!, desk.Decrypt(staff.PhoneEncrypted)!);
    }
}
