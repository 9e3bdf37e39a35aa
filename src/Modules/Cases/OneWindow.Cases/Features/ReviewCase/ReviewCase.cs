using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Cases.Data;
using OneWindow.Cases.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Cases.Features.ReviewCase;

/// <summary>
/// 授权审批 by the department: start the review of a handed-over case, approve or reject it (with reasons), or ask for a
/// correction (补正). While a correction is outstanding the clock stands still; when the materials are back the case returns
/// under review and its deadline moves by the working days it waited. A department user acts only on its department's
/// cases (others' are not found); a user without a department must hold a center-level role (<see cref="CaseDepartment"/>).
/// </summary>
internal static class ReviewCase
{
    public sealed record Request(string? Reason);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/cases/{id:guid}/start-review", async (Guid id, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await StartAsync(id, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.CaseReviewer).WithTags("Cases");
        app.MapPost("/api/v1/cases/{id:guid}/approve", async (Guid id, Request request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await DecideAsync(id, approve: true, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.CaseReviewer).WithTags("Cases");
        app.MapPost("/api/v1/cases/{id:guid}/reject", async (Guid id, Request request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await DecideAsync(id, approve: false, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.CaseReviewer).WithTags("Cases");
        app.MapPost("/api/v1/cases/{id:guid}/request-correction", async (Guid id, Request request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await RequestCorrectionAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.CaseReviewer).WithTags("Cases");
        app.MapPost("/api/v1/cases/{id:guid}/correction-received", async (Guid id, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await CorrectionReceivedAsync(id, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.CaseReviewer).WithTags("Cases");
    }

    public static async Task<Result<CaseState>> StartAsync(Guid id, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        if (CaseDepartment.RefuseDecision(user) is { } refused)
        {
            return refused;
        }

        return await CaseTransition.RunAsync(desk, id, user, "reviewed", [CaseStatus.HandedOver], c =>
        {
            c.Status = CaseStatus.UnderReview;
            return CaseTransition.Done(null);
        }, "review-started", ct);
    }

    public static async Task<Result<CaseState>> DecideAsync(Guid id, bool approve, Request request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        if (CaseDepartment.RefuseDecision(user) is { } refused)
        {
            return refused;
        }

        var v = new Validation();
        if (approve)
        {
            v.Optional("reason", request.Reason, 1000);
        }
        else
        {
            v.Required("reason", request.Reason, 1000);
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var now = desk.Now;
        return await CaseTransition.RunAsync(desk, id, user, approve ? "approved" : "rejected", [CaseStatus.UnderReview], c =>
        {
            c.Status = approve ? CaseStatus.Approved : CaseStatus.Rejected;
            c.DecisionReason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
            c.DecidedAt = now;
            return CaseTransition.Done(c.DecisionReason);
        }, approve ? "approved" : "rejected", ct);
    }

    public static async Task<Result<CaseState>> RequestCorrectionAsync(Guid id, Request request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        if (CaseDepartment.RefuseDecision(user) is { } refused)
        {
            return refused;
        }

        var v = new Validation().Required("reason", request.Reason, 1000);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var today = desk.Today;
        return await CaseTransition.RunAsync(desk, id, user, "sent back for correction", [CaseStatus.UnderReview], c =>
        {
            c.Status = CaseStatus.CorrectionRequested;
            c.PausedOn = today;
            c.DecisionReason = request.Reason!.Trim();
            return CaseTransition.Done(c.DecisionReason);
        }, "correction-requested", ct);
    }

    public static async Task<Result<CaseState>> CorrectionReceivedAsync(Guid id, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        if (CaseDepartment.RefuseDecision(user) is { } refused)
        {
            return refused;
        }

        var today = desk.Today;
        return await CaseTransition.RunAsync(desk, id, user, "resumed", [CaseStatus.CorrectionRequested], async c =>
        {
            // The working days after the request up to today the applicant had the case: the deadline moves by as many.
            var calendar = await desk.CalendarAsync(c.CenterCode, ct);
            var paused = c.PausedOn is { } from ? calendar.CountWorkdays(from.AddDays(1), today) : 0;
            c.PausedWorkdays += paused;
            if (c.Deadline is { } deadline && paused > 0)
            {
                c.Deadline = CaseDesk.AddWorkdays(calendar, deadline, paused);
            }

            c.PausedOn = null;
            c.Status = CaseStatus.UnderReview;
            return Result<string?>.Ok($"暂停{paused.ToString(CultureInfo.InvariantCulture)}个工作日，办结期限 {c.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }, "correction-received", ct);
    }
}
