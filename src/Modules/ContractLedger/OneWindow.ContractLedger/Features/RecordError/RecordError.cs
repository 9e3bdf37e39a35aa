using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneWindow.ContractLedger.Data;
using OneWindow.ContractLedger.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.ContractLedger.Features.RecordError;

/// <summary>
/// 记录工作失误: the date, the degree (general | major | severe | especially-severe), what happened and the evidence
/// (words, and optionally a JPEG, PNG or PDF). It deducts nothing until the bureau approves it.
/// </summary>
internal static class RecordError
{
    public sealed record Request(string? Date, string? Severity, string? Description, string? Evidence, string? CenterCode);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/contracts/{code}/errors", async Task<Results<Created<ErrorView>, ProblemHttpResult>> (string code, Request request, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct) =>
            {
                var result = await HandleAsync(code, request, null, user, desk, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/contracts/{code}/errors/{result.Value!.Id}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.ContractRecorder)
            .WithTags("Contracts");

    public static async Task<Result<ErrorView>> HandleAsync(string code, Request request, EvidenceUpload? upload, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var v = new Validation();
        var severity = default(ErrorSeverity);
        if (string.IsNullOrWhiteSpace(request.Severity))
        {
            v.Add("severity", "is required");
        }
        else if (!EnumParsing.TryParseWire(request.Severity, out severity))
        {
            v.Add("severity", $"must be one of {EnumParsing.Allowed<ErrorSeverity>()}");
        }

        if (!ContractDesk.TryDate(request.Date, out var date))
        {
            v.Add("date", "must be a date YYYY-MM-DD");
        }

        v.Required("description", request.Description, 2000).Optional("evidence", request.Evidence, 2000);
        if (upload is not null && desk.Evidence.Refusal(upload) is { } refusal)
        {
            v.Add("file", refusal);
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
        if (date < contract.Start || date > contract.End)
        {
            v.Add("date", $"must lie in the term {ContractDesk.Date(contract.Start)} to {ContractDesk.Date(contract.End)}");
        }
        else if (date > desk.Today)
        {
            v.Add("date", "must not be in the future");
        }

        var center = string.IsNullOrWhiteSpace(request.CenterCode) ? null : request.CenterCode.Trim();
        if (center is not null && !contract.Centers.Contains(center, StringComparer.Ordinal))
        {
            v.Add("centerCode", "must be one of the contract's centers");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var record = new ErrorRecord
        {
            ContractId = contract.Id,
            Date = date,
            Severity = severity,
            CenterCode = center,
            Description = request.Description!.Trim(),
            Evidence = string.IsNullOrWhiteSpace(request.Evidence) ? null : request.Evidence.Trim(),
            Status = ErrorStatus.Recorded,
            RecordedBy = ContractDesk.Actor(user),
            RecordedAt = desk.Now,
        };
        string? written = null;
        var saved = false;
        try
        {
            if (upload is not null)
            {
                written = await desk.Evidence.WriteAsync(record, upload, ct);
            }

            desk.Db.Errors.Add(record);
            await desk.Db.SaveChangesAsync(ct);
            saved = true;
        }
        finally
        {
            if (!saved)
            {
                EvidenceStore.Remove(written);
            }
        }

        return ErrorView.Of(record, null);
    }
}
