using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Cases.Data;
using OneWindow.Cases.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Cases.Features.CloseCase;

/// <summary>
/// Ends a case other than by a decision: 不予受理 (not accepted, with the legal reason, before acceptance), withdrawn by
/// the applicant (any open state before the decision), and closed once issued.
/// </summary>
internal static class CloseCase
{
    public sealed record Request(string? Reason);

    private static readonly CaseStatus[] Withdrawable =
        [CaseStatus.Consulted, CaseStatus.Incomplete, CaseStatus.Submitted, CaseStatus.Accepted, CaseStatus.HandedOver, CaseStatus.UnderReview, CaseStatus.CorrectionRequested];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/cases/{id:guid}/refuse", async (Guid id, Request request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await RefuseAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.CaseClerk)
            .WithTags("Cases");
        app.MapPost("/api/v1/cases/{id:guid}/withdraw", async (Guid id, Request request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await WithdrawAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.CaseClerk)
            .WithTags("Cases");
        app.MapPost("/api/v1/cases/{id:guid}/close", async (Guid id, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await CloseAsync(id, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.CaseClerk)
            .WithTags("Cases");
    }

    public static async Task<Result<CaseState>> RefuseAsync(Guid id, Request request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        var v = new Validation().Required("reason", request.Reason, 1000);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var now = desk.Now;
        return await CaseTransition.RunAsync(desk, id, user, "refused", [CaseStatus.Incomplete, CaseStatus.Submitted], c =>
        {
            c.Status = CaseStatus.NotAccepted;
            c.DecisionReason = request.Reason!.Trim();
            c.DecidedAt = now;
            c.ClosedAt = now;
            return CaseTransition.Done(c.DecisionReason);
        }, "not-accepted", ct);
    }

    public static async Task<Result<CaseState>> WithdrawAsync(Guid id, Request request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        var v = new Validation().Required("reason", request.Reason, 1000);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var now = desk.Now;
        return await CaseTransition.RunAsync(desk, id, user, "withdrawn", Withdrawable, c =>
        {
            c.Status = CaseStatus.Withdrawn;
            c.ClosedAt = now;
            return CaseTransition.Done(request.Reason!.Trim());
        }, "withdrawn", ct);
    }

    public static async Task<Result<CaseState>> CloseAsync(Guid id, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        var now = desk.Now;
        return await CaseTransition.RunAsync(desk, id, user, "closed", [CaseStatus.Issued], c =>
        {
            c.Status = CaseStatus.Closed;
            c.ClosedAt = now;
            return CaseTransition.Done(null);
        }, "closed", ct);
    }
}
