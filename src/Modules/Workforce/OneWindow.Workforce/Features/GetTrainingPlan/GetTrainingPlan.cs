using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Data;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Features.GetTrainingPlan;

/// <summary>
/// A center's plan of a year with how far it has come: per item the sessions held (dated today or earlier) against
/// those planned, and the attendance; for the plan the completion (held sessions, each item counted up to its planned
/// number, ÷ planned sessions) and the attendance rate (present ÷ present and absent; people on leave left out).
/// Percentages have two places, half away from zero.
/// </summary>
internal static class GetTrainingPlan
{
    public sealed record ItemView(Guid Id, string Period, string Topic, string Kind, string Form, IReadOnlyList<string> Targets, decimal PlannedHours, int PlannedSessions, int HeldSessions, int Present, int Absent, int OnLeave, decimal? AttendanceRate);

    public sealed record Completion(int PlannedSessions, int HeldSessions, decimal? CompletionPercent, int Present, int Absent, int OnLeave, decimal? AttendanceRate, decimal PlannedHours);

    public sealed record PlanView(Guid Id, string CenterCode, int Year, string Title, IReadOnlyList<ItemView> Items, Completion Completion);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/workforce/training/plans", async Task<Results<Ok<PlanView>, ProblemHttpResult>> (string? center, int? year, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await HandleAsync(center, year, await desk.ScopeAsync(user, ct), desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceSupervisor)
            .WithTags("Workforce");

    public static async Task<Result<PlanView>> HandleAsync(string? center, int? year, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        if (year is not (>= 2000 and < 2200))
        {
            return Error.Invalid("year", "must be a year 2000-2199");
        }

        if (await desk.CheckCenterAsync(center, scope, "center", ct) is { } error)
        {
            return error;
        }

        var plan = await desk.Db.TrainingPlans.AsNoTracking().FirstOrDefaultAsync(p => p.CenterCode == center && p.Year == year, ct);
        return plan is null
            ? Error.NotFound("workforce.unknown_training_plan", $"Center '{center}' has no training plan for {year}.")
            : await ViewAsync(plan, desk, ct);
    }

    public static async Task<PlanView> ViewAsync(TrainingPlan plan, WorkforceDesk desk, CancellationToken ct)
    {
        var items = await desk.Db.TrainingPlanItems.AsNoTracking().Where(i => i.PlanId == plan.Id).ToListAsync(ct);
        var itemIds = items.Select(i => i.Id).ToList();
        var today = desk.Today;
        var sessions = await desk.Db.TrainingSessions.AsNoTracking().Where(s => s.PlanItemId != null && itemIds.Contains(s.PlanItemId.Value) && s.Date <= today)
            .Select(s => new { s.Id, s.PlanItemId }).ToListAsync(ct);
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var marks = await desk.Db.TrainingAttendance.AsNoTracking().Where(a => sessionIds.Contains(a.SessionId)).Select(a => new { a.SessionId, a.Status }).ToListAsync(ct);
        var itemOf = sessions.ToDictionary(s => s.Id, s => s.PlanItemId!.Value);
        var marksByItem = marks.ToLookup(m => itemOf[m.SessionId], m => m.Status);
        var heldByItem = sessions.GroupBy(s => s.PlanItemId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var views = items.OrderBy(i => Order(i.Period)).ThenBy(i => i.Period, StringComparer.Ordinal).ThenBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.Topic, StringComparer.Ordinal)
            .Select(i =>
            {
                var m = marksByItem[i.Id].ToList();
                var present = m.Count(x => x == TrainingPresence.Present);
                var absent = m.Count(x => x == TrainingPresence.Absent);
                return new ItemView(i.Id, i.Period, i.Topic, i.Kind, i.Form, i.Targets, i.PlannedHours, i.PlannedSessions, heldByItem.GetValueOrDefault(i.Id),
                    present, absent, m.Count(x => x == TrainingPresence.OnLeave), TrainingBook.Percent(present, present + absent));
            }).ToList();
        var planned = views.Sum(i => i.PlannedSessions);
        var held = views.Sum(i => Math.Min(i.HeldSessions, i.PlannedSessions));
        var p = views.Sum(i => i.Present);
        var a = views.Sum(i => i.Absent);
        var completion = new Completion(planned, views.Sum(i => i.HeldSessions), TrainingBook.Percent(held, planned), p, a, views.Sum(i => i.OnLeave), TrainingBook.Percent(p, p + a), views.Sum(i => i.PlannedHours));
        return new PlanView(plan.Id, plan.CenterCode, plan.Year, plan.Title, views, completion);
    }

    /// <summary>Months and quarters in time order: a quarter sorts after its last month.</summary>
    private static int Order(string period) => TrainingBook.Period(period) is { } p ? (p.LastMonth * 2) + (p.FirstMonth == p.LastMonth ? 0 : 1) : 99;
}
