using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.AttachFiles;

/// <summary>Attachments of an order (a letter's scan, a caller's photo): JPEG, PNG or PDF within the size limit; and reading one back.</summary>
internal static class AttachFiles
{
    public const int MaxFilesPerUpload = 10;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/work-orders/{id:guid}/attachments", async (Guid id, IFormFileCollection files, ClaimsPrincipal user, HotlineDesk desk, FileStore store, CancellationToken ct) =>
                (await HandleAsync(id, files, user, desk, store, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineUnit)
            .DisableAntiforgery()
            .WithTags("Hotline");
        app.MapGet("/api/v1/work-orders/{id:guid}/files/{fileId:guid}", async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> (Guid id, Guid fileId, ClaimsPrincipal user, HotlineDesk desk, FileStore store, CancellationToken ct) =>
            {
                // Whoever may read the order may read its files: the agents, and the unit that holds it.
                var found = await desk.FindAsync(id, ct);
                if (!found.IsSuccess)
                {
                    return found.Error!.ToProblem();
                }

                if (!HotlineDesk.IsCentral(user) && !await desk.MayActForAsync(user, found.Value!.UnitCode, ct))
                {
                    return Error.Forbidden("hotline.not_your_unit", "This work order is with another unit.").ToProblem();
                }

                var file = await desk.Db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.OrderId == id, ct);
                return file is null || !File.Exists(store.PathOf(file))
                    ? Error.NotFound("hotline.file_not_found", $"Work order {id} has no file {fileId}.").ToProblem()
                    : TypedResults.PhysicalFile(store.PathOf(file), file.ContentType, file.FileName);
            })
            .RequireAuthorization(Policies.HotlineUnit)
            .WithTags("Hotline");
    }

    public static async Task<Result<OrderView>> HandleAsync(Guid id, IFormFileCollection files, ClaimsPrincipal user, HotlineDesk desk, FileStore store, CancellationToken ct)
    {
        if (files.Count is 0 or > MaxFilesPerUpload)
        {
            return Error.Invalid("files", $"send 1 to {MaxFilesPerUpload} files as multipart/form-data");
        }

        var (error, read) = await store.ReadAsync(files, imagesOnly: false, ct);
        if (error is not null)
        {
            return Error.Invalid("files", error, "hotline.bad_file");
        }

        var found = await desk.FindForUnitAsync(id, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var order = found.Value!;
        if (order.Status == OrderStatus.Merged)
        {
            return HotlineDesk.InvalidTransition(order, "given attachments");
        }

        return await SaveFilesAsync(order, null, read, user, desk, store, "attached", ct);
    }

    /// <summary>Writes the files, then the rows with the order's event; files of a failed save are removed again.</summary>
    internal static async Task<Result<OrderView>> SaveFilesAsync(WorkOrder order, Guid? verificationId, IReadOnlyList<(string Name, string Type, byte[] Bytes)> read, ClaimsPrincipal user, HotlineDesk desk, FileStore store, string action, CancellationToken ct, string? detail = null)
    {
        var saved = new List<WorkOrderFile>();
        var done = false;
        try
        {
            // One instant for the upload, and ids that keep the files in the order they were sent.
            var at = desk.Now;
            var ids = HotlineDesk.OrderedIds(read.Count);
            for (var i = 0; i < read.Count; i++)
            {
                saved.Add(await store.SaveAsync(ids[i], order.Id, verificationId, read[i], at, HotlineDesk.Actor(user), ct));
            }

            desk.Db.Files.AddRange(saved);
            var result = await desk.SaveAsync(order, user, action, detail ?? string.Join("、", saved.Select(f => f.FileName)), ct);
            done = result.IsSuccess;
            return result;
        }
        finally
        {
            if (!done)
            {
                saved.ForEach(store.Delete);
            }
        }
    }
}
