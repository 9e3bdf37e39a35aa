using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.ContractLedger.Data;
using OneWindow.ContractLedger.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.ContractLedger.Features.SettleMilestone;

/// <summary>
/// The bureau marks a payment's condition met (e.g. 半年总结报告审核通过) and records the payment (支付). A condition
/// payment is paid only after its condition is met; dates lie between signing and today.
/// </summary>
internal static class SettleMilestone
{
    public sealed record Request(string? Date);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/contracts/{code}/milestones/{seq:int}/condition-met", async Task<Results<Ok<MilestoneView>, ProblemHttpResult>> (string code, int seq, Request request, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct) =>
                (await ConditionMetAsync(code, seq, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.ContractBureau)
            .WithTags("Contracts");
        app.MapPost("/api/v1/contracts/{code}/milestones/{seq:int}/payment", async Task<Results<Ok<MilestoneView>, ProblemHttpResult>> (string code, int seq, Request request, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct) =>
                (await PaidAsync(code, seq, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.ContractBureau)
            .WithTags("Contracts");
    }

    public static Task<Result<MilestoneView>> ConditionMetAsync(string code, int seq, Request request, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct) =>
        SettleAsync(code, seq, request, user, desk, (milestone, date, by) =>
        {
            if (milestone.Rule != DueRule.Condition)
            {
                return Error.Conflict("contracts.no_condition", $"Payment {milestone.Seq} falls due by date, not on a condition.");
            }

            if (milestone.ConditionMetOn is not null)
            {
                return Error.Conflict("contracts.condition_met", $"The condition of payment {milestone.Seq} was marked met on {ContractDesk.Date(milestone.ConditionMetOn)}.");
            }

            milestone.ConditionMetOn = date;
            milestone.ConditionMetBy = by;
            return null;
        }, ct);

    public static Task<Result<MilestoneView>> PaidAsync(string code, int seq, Request request, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct) =>
        SettleAsync(code, seq, request, user, desk, (milestone, date, by) =>
        {
            if (milestone.PaidOn is not null)
            {
                return Error.Conflict("contracts.paid", $"Payment {milestone.Seq} was recorded as paid on {ContractDesk.Date(milestone.PaidOn)}.");
            }

            if (milestone.Rule == DueRule.Condition && (milestone.ConditionMetOn is not { } met || met > date))
            {
                return Error.Conflict("contracts.condition_not_met", $"Payment {milestone.Seq} is due only once '{milestone.Condition}' is met.");
            }

            milestone.PaidOn = date;
            milestone.PaidBy = by;
            return null;
        }, ct);

    private static async Task<Result<MilestoneView>> SettleAsync(string code, int seq, Request request, ClaimsPrincipal user, ContractDesk desk, Func<Milestone, DateOnly, string, Error?> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = desk.Today;
        var date = today;
        if (request.Date is not null && !ContractDesk.TryDate(request.Date, out date))
        {
            return Error.Invalid("date", "must be a date YYYY-MM-DD");
        }

        var found = await desk.FindAsync(code, user, ct, tracked: true);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var contract = found.Value!;
        if (date > today || date < contract.SignedOn)
        {
            return Error.Invalid("date", $"must lie between the signing date {ContractDesk.Date(contract.SignedOn)} and today");
        }

        var milestone = contract.Milestones.FirstOrDefault(m => m.Seq == seq);
        if (milestone is null)
        {
            return Error.NotFound("contracts.milestone_not_found", $"Contract '{contract.Code}' has no payment {seq}.");
        }

        if (change(milestone, date, ContractDesk.Actor(user)) is { } refused)
        {
            return refused;
        }

        milestone.Revision++;
        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("contracts.changed", $"Payment {seq} was changed by someone else at the same moment; reload and try again.");
        }

        return MilestoneView.Of(MilestoneSchedule.State(milestone, contract.SignedOn, await desk.CalendarAsync(contract, ct), today));
    }
}
