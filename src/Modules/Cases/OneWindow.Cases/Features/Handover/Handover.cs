using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Cases.Data;
using OneWindow.Cases.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Cases.Features.Handover;

/// <summary>
/// 材料流转: the clerk puts accepted cases of one department in a batch and signs it out (name and time); the department
/// signs it in (name and time) and the cases become handed over. A batch not signed in by the end of its day is flagged.
/// A department user sees and signs in only its department's batches; without a department only center-level roles sign in.
/// </summary>
internal static class Handover
{
    public sealed record CreateRequest(string? DepartmentCode, IReadOnlyList<Guid>? CaseIds, string? SenderName);

    public sealed record ReceiveRequest(string? ReceiverName);

    public sealed record BatchCase(Guid Id, string Number, string Title, string Status);

    public sealed record BatchView(Guid Id, string Number, string CenterCode, string DepartmentCode, string SenderName, DateTimeOffset SentAt, string? ReceiverName, DateTimeOffset? ReceivedAt, bool Unreceived, IReadOnlyList<BatchCase> Cases);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/cases/handovers", async Task<Results<Created<BatchView>, ProblemHttpResult>> (CreateRequest request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
            {
                var result = await CreateAsync(request, user, desk, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/cases/handovers/{result.Value!.Id}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.CaseClerk).WithTags("Cases");
        app.MapPost("/api/v1/cases/handovers/{batchId:guid}/receive", async (Guid batchId, ReceiveRequest request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await ReceiveAsync(batchId, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.CaseReviewer).WithTags("Cases");
        app.MapGet("/api/v1/cases/handovers/{batchId:guid}", async (Guid batchId, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await GetAsync(batchId, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff).WithTags("Cases");
        app.MapGet("/api/v1/cases/handovers/awaiting", async (ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                TypedResults.Ok(await AwaitingAsync(user, desk, ct)))
            .RequireAuthorization(Policies.CaseClerk).WithTags("Cases");
        app.MapGet("/api/v1/cases/handovers", async (bool? unreceived, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                TypedResults.Ok(await ListAsync(unreceived ?? false, user, desk, ct)))
            .RequireAuthorization(Policies.Staff).WithTags("Cases");
    }

    public static async Task<Result<BatchView>> CreateAsync(CreateRequest request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        var v = new Validation().Code("departmentCode", request.DepartmentCode).Name("senderName", request.SenderName, 50);
        if (request.CaseIds is not { Count: > 0 })
        {
            v.Add("caseIds", "name at least one accepted case");
        }
        else if (request.CaseIds.Count > 500)
        {
            v.Add("caseIds", "at most 500 cases in one batch");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var ids = request.CaseIds!.Distinct().ToList();
        var scope = await desk.ScopeAsync(user, ct);
        var cases = await desk.Db.Cases.Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        cases = cases.Where(c => scope.Contains(c.CenterCode)).ToList();
        var unknown = ids.Where(id => cases.All(c => c.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            return Error.Invalid("caseIds", $"{string.Join(", ", unknown)}: no such case", "cases.not_found");
        }

        if (cases.FirstOrDefault(c => c.Status != CaseStatus.Accepted || c.HandoverBatchId is not null) is { } wrong)
        {
            return CaseDesk.InvalidTransition(wrong, "handed over (only accepted cases not yet in a batch)");
        }

        if (cases.Any(c => c.DepartmentCode != request.DepartmentCode))
        {
            return Error.Invalid("caseIds", $"every case in a batch must be for department {request.DepartmentCode}", "cases.wrong_department");
        }

        if (cases.Select(c => c.CenterCode).Distinct().Count() > 1)
        {
            return Error.Invalid("caseIds", "every case in a batch must be from one center", "cases.mixed_centers");
        }

        var now = desk.Now;
        var batch = new HandoverBatch
        {
            Number = string.Empty,
            CenterCode = cases[0].CenterCode,
            DepartmentCode = request.DepartmentCode!,
            SenderName = request.SenderName!.Trim(),
            SentBy = CaseDesk.Actor(user),
            SentAt = now,
        };
        batch.Number = "JJ" + desk.Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + batch.Id.ToString("N")[^6..].ToUpperInvariant();
        desk.Db.Batches.Add(batch);
        foreach (var c in cases)
        {
            c.HandoverBatchId = batch.Id;
            c.Revision++;
            desk.Db.Events.Add(new CaseEvent { CaseId = c.Id, At = now, Actor = CaseDesk.Actor(user), Action = "handover-sent", Detail = $"{batch.Number} 移交人 {batch.SenderName}" });
        }

        try
        {
            using (await desk.Gate.EnterAsync(ct))
            {
                await desk.Db.SaveChangesAsync(ct);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            desk.Db.ChangeTracker.Clear();
            return Error.Conflict("cases.concurrent_change", "A case of the batch was changed by someone else; reload and try again.");
        }

        return await ViewAsync(desk, batch, ct);
    }

    public static async Task<Result<BatchView>> ReceiveAsync(Guid batchId, ReceiveRequest request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        if (CaseDepartment.RefuseDecision(user) is { } refused)
        {
            return refused;
        }

        var v = new Validation().Name("receiverName", request.ReceiverName, 50);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var batch = await desk.Db.Batches.FirstOrDefaultAsync(b => b.Id == batchId, ct);
        if (batch is null || !CaseDepartment.Sees(user, batch.DepartmentCode) || !(await desk.ScopeAsync(user, ct)).Contains(batch.CenterCode))
        {
            return Error.NotFound("cases.batch_not_found", $"Hand-over batch '{batchId}' does not exist.");
        }

        if (batch.ReceivedAt is not null)
        {
            return Error.Conflict("cases.invalid_transition", $"Batch {batch.Number} was signed in already.");
        }

        var now = desk.Now;
        batch.ReceiverName = request.ReceiverName!.Trim();
        batch.ReceivedBy = CaseDesk.Actor(user);
        batch.ReceivedAt = now;
        batch.Revision++;
        var cases = await desk.Db.Cases.Where(c => c.HandoverBatchId == batch.Id && c.Status == CaseStatus.Accepted).ToListAsync(ct);
        foreach (var c in cases)
        {
            c.Status = CaseStatus.HandedOver;
            c.Revision++;
            desk.Db.Events.Add(new CaseEvent { CaseId = c.Id, At = now, Actor = CaseDesk.Actor(user), Action = "handed-over", Detail = $"{batch.Number} 接收人 {batch.ReceiverName}" });
        }

        try
        {
            using (await desk.Gate.EnterAsync(ct))
            {
                await desk.Db.SaveChangesAsync(ct);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            desk.Db.ChangeTracker.Clear();
            return Error.Conflict("cases.concurrent_change", $"Batch {batch.Number} was changed by someone else; reload it.");
        }

        return await ViewAsync(desk, batch, ct);
    }

    public static async Task<Result<BatchView>> GetAsync(Guid batchId, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        var batch = await desk.Db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId, ct);
        if (batch is null || !CaseDepartment.Sees(user, batch.DepartmentCode) || !(await desk.ScopeAsync(user, ct)).Contains(batch.CenterCode))
        {
            return Error.NotFound("cases.batch_not_found", $"Hand-over batch '{batchId}' does not exist.");
        }

        return await ViewAsync(desk, batch, ct);
    }

    /// <summary>Batches of the last 30 days, newest first; with <paramref name="unreceived"/> only those not signed in.</summary>
    public static async Task<IReadOnlyList<BatchView>> ListAsync(bool unreceived, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        var scope = await desk.ScopeAsync(user, ct);
        var since = desk.Now.AddDays(-30);
        var query = desk.Db.Batches.AsNoTracking().Where(b => b.SentAt >= since);
        if (CaseDepartment.Of(user) is { } department)
        {
            query = query.Where(b => b.DepartmentCode == department);
        }

        if (unreceived)
        {
            query = query.Where(b => b.ReceivedAt == null);
        }

        var batches = (await query.OrderByDescending(b => b.SentAt).Take(200).ToListAsync(ct)).Where(b => scope.Contains(b.CenterCode)).ToList();
        var result = new List<BatchView>();
        foreach (var b in batches)
        {
            result.Add(await ViewAsync(desk, b, ct));
        }

        return result;
    }

    public sealed record Awaiting(Guid Id, string Number, string Title, string? DepartmentCode, DateOnly? Deadline);

    /// <summary>Accepted cases not yet in a batch, oldest first (what the clerk hands over next).</summary>
    public static async Task<IReadOnlyList<Awaiting>> AwaitingAsync(ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        var scope = await desk.ScopeAsync(user, ct);
        var rows = await desk.Db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Accepted && c.HandoverBatchId == null)
            .OrderBy(c => c.CreatedAt).Take(500).Select(c => new { c.Id, c.Number, c.Title, c.DepartmentCode, c.Deadline, c.CenterCode }).ToListAsync(ct);
        return rows.Where(r => scope.Contains(r.CenterCode)).Select(r => new Awaiting(r.Id, r.Number, r.Title, r.DepartmentCode, r.Deadline)).ToList();
    }

    public static async Task<BatchView> ViewAsync(CaseDesk desk, HandoverBatch b, CancellationToken ct)
    {
        var cases = await desk.Db.Cases.AsNoTracking().Where(c => c.HandoverBatchId == b.Id).OrderBy(c => c.Number)
            .Select(c => new { c.Id, c.Number, c.Title, c.Status }).ToListAsync(ct);
        return new BatchView(b.Id, b.Number, b.CenterCode, b.DepartmentCode, b.SenderName, b.SentAt, b.ReceiverName, b.ReceivedAt, b.ReceivedAt is null && (b.FlaggedUnreceived || b.SentAt < FlagDeadlines.FlagDeadlines.LastCutoff(desk.Now)),
            cases.Select(c => new BatchCase(c.Id, c.Number, c.Title, CaseDesk.Wire(c.Status))).ToList());
    }
}
