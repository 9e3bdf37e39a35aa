using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Files;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Data;
using OneWindow.Workforce.Features.SaveTrainingSession;

namespace OneWindow.Workforce.Features.UploadTrainingMaterial;

/// <summary>
/// 培训材料: a PDF, DOCX, PPTX, JPEG or PNG (judged by its bytes) of at most TrainingMaterialMaxBytes for a session,
/// kept outside the web root; downloads are sent as attachments with the type found on upload.
/// </summary>
internal static class UploadTrainingMaterial
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/workforce/training/sessions/{id:guid}/materials", async Task<Results<Created<SaveTrainingSession.SaveTrainingSession.MaterialView>, ProblemHttpResult>> (Guid id, IFormFile? file, ClaimsPrincipal user, WorkforceDesk desk, TrainingFileStore store, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0)
                {
                    return Error.Invalid("file", "send the material as multipart/form-data field 'file'").ToProblem();
                }

                if (file.Length > store.MaxBytes)
                {
                    return Error.Invalid("file", $"must be at most {store.MaxBytes / 1024 / 1024} MB", "workforce.material_too_large").ToProblem();
                }

                await using var stream = new MemoryStream();
                await file.CopyToAsync(stream, ct);
                var result = await HandleAsync(id, file.FileName, stream.ToArray(), user, desk, store, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/workforce/training/materials/{result.Value!.Id}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.WorkforceAdmin)
            .DisableAntiforgery()
            .WithTags("Workforce");
        app.MapGet("/api/v1/workforce/training/materials/{id:guid}", async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> (Guid id, ClaimsPrincipal user, WorkforceDesk desk, TrainingFileStore store, CancellationToken ct) =>
            {
                var result = await FileAsync(id, await desk.ScopeAsync(user, ct), desk, store, ct);
                return result.IsSuccess ? TypedResults.PhysicalFile(result.Value!.Path, result.Value.ContentType, result.Value.FileName) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.WorkforceSupervisor)
            .WithTags("Workforce");
    }

    public sealed record Download(string Path, string ContentType, string FileName);

    public static async Task<Result<SaveTrainingSession.SaveTrainingSession.MaterialView>> HandleAsync(Guid sessionId, string fileName, byte[] bytes, ClaimsPrincipal user, WorkforceDesk desk, TrainingFileStore store, CancellationToken ct)
    {
        var session = await desk.Db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null || !(await desk.ScopeAsync(user, ct)).Contains(session.CenterCode))
        {
            return SaveTrainingSession.SaveTrainingSession.SessionNotFound(sessionId);
        }

        var verdict = UploadCheck.Check(bytes, store.MaxBytes, TrainingFileStore.Kinds);
        switch (verdict.Problem)
        {
            case UploadProblem.Empty:
                return Error.Invalid("file", "is empty");
            case UploadProblem.TooLarge:
                return Error.Invalid("file", $"must be at most {store.MaxBytes / 1024 / 1024} MB", "workforce.material_too_large");
            case UploadProblem.NotAllowed:
                return Error.Invalid("file", "is not a PDF, DOCX, PPTX, JPEG or PNG file", "workforce.material_type");
        }

        var type = verdict.ContentType!;

        var name = string.IsNullOrWhiteSpace(fileName) ? "material" : fileName;
        if (name.Any(char.IsControl) || name.Contains('<', StringComparison.Ordinal) || name.Contains('>', StringComparison.Ordinal))
        {
            return Error.Invalid("file", "the file name must not contain '<', '>' or control characters");
        }

        var material = await store.SaveAsync(session.Id, name, type, bytes, desk.Now, WorkforceDesk.Actor(user), ct);
        desk.Db.TrainingMaterials.Add(material);
        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch
        {
            store.Delete(material);
            throw;
        }

        return new SaveTrainingSession.SaveTrainingSession.MaterialView(material.Id, material.FileName, material.ContentType, material.Size,
            material.At.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), material.By);
    }

    public static async Task<Result<Download>> FileAsync(Guid id, CenterScope scope, WorkforceDesk desk, TrainingFileStore store, CancellationToken ct)
    {
        var found = await desk.Db.TrainingMaterials.AsNoTracking().Where(m => m.Id == id)
            .Join(desk.Db.TrainingSessions.AsNoTracking(), m => m.SessionId, s => s.Id, (m, s) => new { Material = m, s.CenterCode })
            .FirstOrDefaultAsync(ct);
        if (found is null || !scope.Contains(found.CenterCode) || !File.Exists(store.PathOf(found.Material)))
        {
            return Error.NotFound("workforce.unknown_training_material", $"There is no training material '{id}'.");
        }

        return new Download(store.PathOf(found.Material), found.Material.ContentType, found.Material.FileName);
    }
}
