using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Data;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Features.SaveTrainingPlan;

/// <summary>
/// 年度培训计划: a center's plan for a year with its items (a month or a quarter, topic, kind, form, target post types or
/// everyone, planned hours and sessions); a plan is created once per center and year, items are added to it later.
/// </summary>
internal static class SaveTrainingPlan
{
    public sealed record ItemRequest(string? Period, string? Topic, string? Kind, string? Form, IReadOnlyList<string>? Targets, decimal? PlannedHours, int? PlannedSessions);

    public sealed record Request(string? CenterCode, int? Year, string? Title, IReadOnlyList<ItemRequest>? Items);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/workforce/training/plans", async Task<Results<Created<GetTrainingPlan.GetTrainingPlan.PlanView>, ProblemHttpResult>> (Request request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, user, desk, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/workforce/training/plans/{result.Value!.Id}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");
        app.MapPost("/api/v1/workforce/training/plans/{id:guid}/items", async Task<Results<Ok<GetTrainingPlan.GetTrainingPlan.PlanView>, ProblemHttpResult>> (Guid id, ItemRequest request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await AddItemAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");
    }

    public static async Task<Result<GetTrainingPlan.GetTrainingPlan.PlanView>> HandleAsync(Request request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct)
    {
        var v = new Validation().Name("title", request.Title, 200);
        if (request.Year is not (>= 2000 and < 2200))
        {
            v.Add("year", "must be a year 2000-2199");
        }

        var items = new List<TrainingPlanItem>();
        if (request.Items is { Count: > 200 })
        {
            v.Add("items", "must have at most 200 entries");
        }
        else
        {
            for (var i = 0; i < (request.Items?.Count ?? 0); i++)
            {
                if (Item(v, $"items[{i}].", request.Items![i], request.Year ?? 0) is { } item)
                {
                    items.Add(item);
                }
            }
        }

        var scope = await desk.ScopeAsync(user, ct);
        if (await desk.CheckCenterAsync(request.CenterCode, scope, "centerCode", ct) is { } centerError)
        {
            if (centerError.Status == StatusCodes.Status403Forbidden)
            {
                return centerError;
            }

            foreach (var (field, messages) in centerError.Fields ?? new Dictionary<string, string[]>())
            {
                foreach (var m in messages)
                {
                    v.Add(field, m);
                }
            }
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var center = request.CenterCode!.Trim();
        if (await desk.Db.TrainingPlans.AnyAsync(p => p.CenterCode == center && p.Year == request.Year, ct))
        {
            return Error.Conflict("workforce.training_plan_exists", $"Center '{center}' has a training plan for {request.Year} already; add items to it.");
        }

        var plan = new TrainingPlan { CenterCode = center, Year = request.Year!.Value, Title = request.Title!.Trim(), CreatedAt = desk.Now, CreatedBy = WorkforceDesk.Actor(user) };
        desk.Db.TrainingPlans.Add(plan);
        foreach (var item in items)
        {
            item.PlanId = plan.Id;
            desk.Db.TrainingPlanItems.Add(item);
        }

        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("workforce.training_plan_exists", $"Center '{center}' has a training plan for {request.Year} already; add items to it.");
        }

        return await GetTrainingPlan.GetTrainingPlan.ViewAsync(plan, desk, ct);
    }

    public static async Task<Result<GetTrainingPlan.GetTrainingPlan.PlanView>> AddItemAsync(Guid id, ItemRequest request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct)
    {
        var plan = await desk.Db.TrainingPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null || !(await desk.ScopeAsync(user, ct)).Contains(plan.CenterCode))
        {
            return Error.NotFound("workforce.unknown_training_plan", $"There is no training plan '{id}'.");
        }

        var v = new Validation();
        var item = Item(v, "", request, plan.Year);
        if (!v.IsValid || item is null)
        {
            return Error.Invalid(v);
        }

        item.PlanId = plan.Id;
        desk.Db.TrainingPlanItems.Add(item);
        await desk.Db.SaveChangesAsync(ct);
        return await GetTrainingPlan.GetTrainingPlan.ViewAsync(plan, desk, ct);
    }

    private static TrainingPlanItem? Item(Validation v, string prefix, ItemRequest request, int year)
    {
        var before = v.Errors.Count;
        var period = TrainingBook.Period(request.Period);
        if (period is null)
        {
            v.Add(prefix + "period", "must be a month YYYY-MM or a quarter YYYY-Qn");
        }
        else if (period.Value.Year != year)
        {
            v.Add(prefix + "period", $"must be in the plan's year {year}");
        }

        v.Name(prefix + "topic", request.Topic, 200).Name(prefix + "kind", request.Kind, 32);
        if (request.Form is null || !TrainingBook.Forms.Contains(request.Form.Trim()))
        {
            v.Add(prefix + "form", "must be online, offline or mixed");
        }

        var targets = Fields.Labels(v, prefix + "targets", request.Targets, 20, 32);
        if (request.PlannedHours is not { } hours || hours <= 0 || hours > 100 || decimal.Round(hours, 1) != hours)
        {
            v.Add(prefix + "plannedHours", "must be more than 0 and at most 100 hours, with at most one decimal");
        }

        if (request.PlannedSessions is { } sessions && sessions is < 1 or > 31)
        {
            v.Add(prefix + "plannedSessions", "must be 1-31");
        }

        if (v.Errors.Count > before)
        {
            return null;
        }

        return new TrainingPlanItem
        {
            Period = TrainingBook.PeriodText(request.Period!),
            Topic = request.Topic!.Trim(),
            Kind = request.Kind!.Trim(),
            Form = request.Form!.Trim(),
            Targets = targets,
            PlannedHours = request.PlannedHours!.Value,
            PlannedSessions = request.PlannedSessions ?? 1,
        };
    }
}
