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

namespace OneWindow.ContractLedger.Features.DecideError;

/// <summary>甲方认定: the bureau approves a recorded work error (from then on it deducts) or rejects it with a reason. Once only.</summary>
internal static class DecideError
{
    public sealed record Request(string? Note);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/contracts/{code}/errors/{id:guid}/approve", async Task<Results<Ok<ErrorView>, ProblemHttpResult>> (string code, Guid id, Request? request, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct) =>
                (await HandleAsync(code, id, approve: true, request?.Note, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.ContractBureau)
            .WithTags("Contracts");
        app.MapPost("/api/v1/contracts/{code}/errors/{id:guid}/reject", async Task<Results<Ok<ErrorView>, ProblemHttpResult>> (string code, Guid id, Request? request, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct) =>
                (await HandleAsync(code, id, approve: false, request?.Note, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.ContractBureau)
            .WithTags("Contracts");
    }

    public static async Task<Result<ErrorView>> HandleAsync(string code, Guid id, bool approve, string? note, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct)
    {
        var v = new Validation();
        if (approve)
        {
            v.Optional("note", note, 500);
        }
        else
        {
            v.Required("note", note, 500);
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var found = await desk.FindAsync(code, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var contract = found.Value!;
        var record = await desk.Db.Errors.FirstOrDefaultAsync(e => e.Id == id && e.ContractId == contract.Id, ct);
        if (record is null)
        {
            return NotFound(contract.Code, id);
        }

        if (record.Status != ErrorStatus.Recorded)
        {
            return Decided(record);
        }

        record.Status = approve ? ErrorStatus.Approved : ErrorStatus.Rejected;
        record.DecidedBy = ContractDesk.Actor(user);
        record.DecidedAt = desk.Now;
        record.DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        record.Revision++;
        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            desk.Db.ChangeTracker.Clear();
            var current = await desk.Db.Errors.AsNoTracking().FirstAsync(e => e.Id == id, ct);
            return Decided(current);
        }

        var charge = approve
            ? DeductionMath.Charge(contract.ToTerms(), await desk.ApprovedErrorsAsync(contract.Id, ct)).FirstOrDefault(c => c.Id == id)
            : null;
        return ErrorView.Of(record, charge);
    }

    public static Error NotFound(string contract, Guid id) => Error.NotFound("contracts.error_not_found", $"Contract '{contract}' has no error record {id}.");

    private static Error Decided(ErrorRecord record) =>
        Error.Conflict("contracts.error_decided", $"The error record was already {EnumParsing.ToWire(record.Status)} by {record.DecidedBy}.");
}
