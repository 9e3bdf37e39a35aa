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

namespace OneWindow.ContractLedger.Features.AttachEvidence;

/// <summary>
/// The evidence file of a work error (a photo, a scanned notice): multipart field <c>file</c>, JPEG, PNG or PDF within the
/// size limit, while the record awaits the bureau's decision (a new file replaces the old). And reading it back.
/// </summary>
internal static class AttachEvidence
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/contracts/{code}/errors/{id:guid}/evidence", async Task<Results<Ok<ErrorView>, ProblemHttpResult>> (string code, Guid id, IFormFile? file, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct) =>
            {
                if (file is null)
                {
                    return Error.Invalid("file", "send one file as multipart/form-data field 'file'").ToProblem();
                }

                if (file.Length > desk.Evidence.MaxBytes)
                {
                    return Error.Invalid("file", $"the file is larger than {desk.Evidence.MaxBytes / 1024} KB").ToProblem();
                }

                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                return (await HandleAsync(code, id, new EvidenceUpload(file.FileName, buffer.ToArray()), user, desk, ct)).ToOk();
            })
            .RequireAuthorization(Policies.ContractRecorder)
            .DisableAntiforgery()
            .WithTags("Contracts");
        app.MapGet("/api/v1/contracts/{code}/errors/{id:guid}/evidence", async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> (string code, Guid id, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct) =>
            {
                var found = await desk.FindAsync(code, user, ct);
                if (!found.IsSuccess)
                {
                    return found.Error!.ToProblem();
                }

                var record = await desk.Db.Errors.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.ContractId == found.Value!.Id, ct);
                var path = record is null ? null : desk.Evidence.PathOf(record);
                return path is null || !File.Exists(path)
                    ? Error.NotFound("contracts.evidence_not_found", $"Error record {id} has no evidence file.").ToProblem()
                    : TypedResults.PhysicalFile(path, record!.FileType, record.FileName);
            })
            .RequireAuthorization(Policies.Staff)
            .WithTags("Contracts");
    }

    public static async Task<Result<ErrorView>> HandleAsync(string code, Guid id, EvidenceUpload upload, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct)
    {
        if (desk.Evidence.Refusal(upload) is { } refusal)
        {
            return Error.Invalid("file", refusal, "contracts.bad_file");
        }

        var found = await desk.FindAsync(code, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var record = await desk.Db.Errors.FirstOrDefaultAsync(e => e.Id == id && e.ContractId == found.Value!.Id, ct);
        if (record is null)
        {
            return DecideError.DecideError.NotFound(found.Value!.Code, id);
        }

        if (record.Status != ErrorStatus.Recorded)
        {
            return Error.Conflict("contracts.error_decided", "Evidence can be added only while the record awaits the bureau's decision.");
        }

        var previous = desk.Evidence.PathOf(record);
        string? written = null;
        var saved = false;
        try
        {
            written = await desk.Evidence.WriteAsync(record, upload, ct);
            record.Revision++;
            await desk.Db.SaveChangesAsync(ct);
            saved = true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("contracts.error_decided", "The record was decided at the same moment; the file was not kept.");
        }
        finally
        {
            EvidenceStore.Remove(saved ? previous : written);
        }

        return ErrorView.Of(record, null);
    }
}
