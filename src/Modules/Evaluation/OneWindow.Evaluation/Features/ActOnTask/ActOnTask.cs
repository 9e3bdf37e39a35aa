using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Evaluation.Data;
using OneWindow.Evaluation.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;
using TaskStatus = OneWindow.Evaluation.Domain.TaskStatus;

namespace OneWindow.Evaluation.Features.ActOnTask;

/// <summary>
/// The steps of a rectification task: verify (核实: findings) → rectify (整改: measures) → callback (回访: contacted?,
/// the evaluator's view) → close; at any open step an appeal (申诉: reason, evidence) that the bureau decides —
/// upheld sets the rating aside (no longer held against the clerk), rejected returns the task where it was.
/// </summary>
internal static class ActOnTask
{
    public sealed record Request(string? Findings, string? Measures, bool? Contacted, string? View, string? Reason, string? Evidence, bool? Upheld, string? Decision);

    public static readonly IReadOnlyList<string> Steps = ["verify", "rectify", "callback", "close", "appeal", "decide"];

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var step in Steps)
        {
            app.MapPost($"/api/v1/evaluation-tasks/{{id:guid}}/{step}", async (Guid id, Request? request, ClaimsPrincipal user, EvaluationDesk desk, CancellationToken ct) =>
                    (await HandleAsync(id, step, request ?? new Request(null, null, null, null, null, null, null, null), user, desk, ct)).ToOk())
                .RequireAuthorization(step == "decide" ? Policies.EvaluationBureau : Policies.EvaluationManager)
                .WithTags("Evaluation");
        }
    }

    public static async Task<Result<TaskDetail>> HandleAsync(Guid id, string step, Request request, ClaimsPrincipal user, EvaluationDesk desk, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var v = new Validation();
        switch (step)
        {
            case "verify":
                v.Required("findings", request.Findings, 2000);
                break;
            case "rectify":
                v.Required("measures", request.Measures, 2000);
                break;
            case "callback":
                if (request.Contacted is null)
                {
                    v.Add("contacted", "is required: whether the evaluator was reached");
                }

                if (request.Contacted == true)
                {
                    v.Required("view", request.View, 2000);
                }
                else
                {
                    v.Optional("view", request.View, 2000);
                }

                break;
            case "appeal":
                v.Required("reason", request.Reason, 2000);
                v.Optional("evidence", request.Evidence, 4000);
                break;
            case "decide":
                if (request.Upheld is null)
                {
                    v.Add("upheld", "is required: true sets the rating aside, false rejects the appeal");
                }

                v.Required("decision", request.Decision, 2000);
                break;
            case "close":
                break;
            default:
                return Error.Invalid("step", $"must be one of {string.Join(", ", Steps)}");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var found = await desk.FindAsync(id, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var task = found.Value!;
        var now = desk.Now;
        string detail;
        switch (step)
        {
            case "verify":
                if (task.Status != TaskStatus.Open)
                {
                    return EvaluationDesk.InvalidTransition(task, "verified");
                }

                task.Findings = request.Findings!.Trim();
                task.Status = TaskStatus.Verified;
                detail = task.Findings;
                break;
            case "rectify":
                if (task.Status != TaskStatus.Verified)
                {
                    return EvaluationDesk.InvalidTransition(task, "marked rectified (verify first)");
                }

                task.Measures = request.Measures!.Trim();
                task.RectifiedAt = now;
                task.Status = TaskStatus.Rectified;
                detail = task.Measures;
                break;
            case "callback":
                if (task.Status != TaskStatus.Rectified)
                {
                    return EvaluationDesk.InvalidTransition(task, "called back (the callback follows the rectification)");
                }

                task.CallbackContacted = request.Contacted;
                task.CallbackView = string.IsNullOrWhiteSpace(request.View) ? null : request.View.Trim();
                task.CalledBackAt = now;
                task.Status = TaskStatus.CalledBack;
                detail = (request.Contacted == true ? "已联系评价人" : "未能联系评价人") + (task.CallbackView is null ? string.Empty : "：" + task.CallbackView);
                break;
            case "close":
                if (task.Status != TaskStatus.CalledBack)
                {
                    return EvaluationDesk.InvalidTransition(task, "closed (call the evaluator back first)");
                }

                task.ClosedAt = now;
                task.Status = TaskStatus.Closed;
                detail = "办结";
                break;
            case "appeal":
                if (task.Status is not (TaskStatus.Open or TaskStatus.Verified or TaskStatus.Rectified))
                {
                    return EvaluationDesk.InvalidTransition(task, "appealed");
                }

                task.StatusBeforeAppeal = task.Status;
                task.AppealReason = request.Reason!.Trim();
                task.AppealEvidence = string.IsNullOrWhiteSpace(request.Evidence) ? null : request.Evidence.Trim();
                task.Status = TaskStatus.Appealed;
                detail = task.AppealReason;
                break;
            default:
                if (task.Status != TaskStatus.Appealed)
                {
                    return EvaluationDesk.InvalidTransition(task, "decided (there is no pending appeal)");
                }

                task.AppealDecision = request.Decision!.Trim();
                if (request.Upheld == true)
                {
                    var rating = await desk.Db.Ratings.FirstAsync(r => r.Id == task.RatingId, ct);
                    rating.SetAside = true;
                    task.Status = TaskStatus.SetAside;
                    task.ClosedAt = now;
                    detail = "申诉成立，差评不计入：" + task.AppealDecision;
                }
                else
                {
                    task.Status = task.StatusBeforeAppeal ?? TaskStatus.Open;
                    detail = "申诉驳回：" + task.AppealDecision;
                }

                task.StatusBeforeAppeal = null;
                step = request.Upheld == true ? "appeal-upheld" : "appeal-rejected";
                break;
        }

        return await desk.SaveAsync(task, user, step, detail, ct);
    }
}
