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

namespace OneWindow.Evaluation.Features.ListTasks;

/// <summary>Rectification tasks of the user's centers, newest first; filter by status or overdue (open past the due date).</summary>
internal static class ListTasks
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/evaluation-tasks", async (string? status, bool? overdue, ClaimsPrincipal user, EvaluationDesk desk, CancellationToken ct) =>
                (await HandleAsync(status, overdue ?? false, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.EvaluationManager)
            .WithTags("Evaluation");
        app.MapGet("/api/v1/evaluation-tasks/{id:guid}", async (Guid id, ClaimsPrincipal user, EvaluationDesk desk, CancellationToken ct) =>
                (await GetAsync(id, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.EvaluationManager)
            .WithTags("Evaluation");
    }

    public static async Task<Result<IReadOnlyList<TaskView>>> HandleAsync(string? status, bool overdue, ClaimsPrincipal user, EvaluationDesk desk, CancellationToken ct)
    {
        TaskStatus parsed = default;
        if (status is not null && !EnumParsing.TryParseWire(status, out parsed))
        {
            return Error.Invalid("status", $"must be one of: {EnumParsing.Allowed<TaskStatus>()}");
        }

        var scope = await desk.ScopeAsync(user, ct);
        var query = desk.Db.Tasks.AsNoTracking();
        if (!scope.IsEverything)
        {
            var codes = scope.Codes.ToList();
            query = query.Where(t => codes.Contains(t.CenterCode));
        }

        if (status is not null)
        {
            query = query.Where(t => t.Status == parsed);
        }

        if (overdue)
        {
            var today = desk.Today;
            query = query.Where(t => (t.Status == TaskStatus.Open || t.Status == TaskStatus.Verified) && t.DueOn < today);
        }

        var tasks = await query.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Take(500).ToListAsync(ct);
        return tasks.Select(desk.View).ToList();
    }

    public static async Task<Result<TaskDetail>> GetAsync(Guid id, ClaimsPrincipal user, EvaluationDesk desk, CancellationToken ct)
    {
        var found = await desk.FindAsync(id, user, ct);
        return found.IsSuccess ? await desk.DetailAsync(found.Value!, ct) : found.Error!;
    }
}
