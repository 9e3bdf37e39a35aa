using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Cases.Data;
using OneWindow.Cases.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Cases.Features.AcceptCase;

/// <summary>
/// 受理: with every required material there (容缺 lines carry a written promise), the case is accepted and the promised
/// deadline runs: the catalog's promised working days after the acceptance date, on the calendar of the case's center.
/// </summary>
internal static class AcceptCase
{
    public sealed record Response(Guid Id, string Number, string Status, DateOnly Deadline);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/cases/{id:guid}/accept", async (Guid id, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await HandleAsync(id, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.CaseClerk)
            .WithTags("Cases");

    public static async Task<Result<Response>> HandleAsync(Guid id, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        var found = await desk.FindAsync(id, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var c = found.Value!;
        if (c.Status is not (CaseStatus.Incomplete or CaseStatus.Submitted))
        {
            return CaseDesk.InvalidTransition(c, "accepted");
        }

        var missing = CaseDesk.Missing(await desk.MaterialsAsync(c.Id, ct));
        if (missing.Count > 0)
        {
            return Error.Conflict("cases.materials_missing", $"Required materials are missing: {string.Join(", ", missing.Select(m => m.Code))}.");
        }

        var today = desk.Today;
        var calendar = await desk.CalendarAsync(c.CenterCode, ct);
        c.Status = CaseStatus.Accepted;
        c.AcceptedOn = today;
        c.Deadline = CaseDesk.AddWorkdays(calendar, today, c.PromisedDays);
        var saved = await desk.SaveAsync(c, user, "accepted", "承诺办结 " + c.Deadline.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ct);
        return saved.IsSuccess ? new Response(c.Id, c.Number, CaseDesk.Wire(c.Status), c.Deadline.Value) : saved.Error!;
    }
}
