using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.VerifyOnSite;

/// <summary>现场核实: what someone found on site, where, with photos (JPEG or PNG). Multipart: findings, location, photos.</summary>
internal static class VerifyOnSite
{
    public const int MaxPhotos = 9;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/work-orders/{id:guid}/verifications", async (Guid id, HttpRequest http, ClaimsPrincipal user, HotlineDesk desk, FileStore store, CancellationToken ct) =>
            {
                if (!http.HasFormContentType)
                {
                    return Error.Invalid("findings", "send multipart/form-data with findings, location and photos").ToProblem();
                }

                var form = await http.ReadFormAsync(ct);
                return (await HandleAsync(id, form["findings"], form["location"], form.Files, user, desk, store, ct)).ToOk();
            })
            .RequireAuthorization(Policies.HotlineUnit)
            .DisableAntiforgery()
            .WithTags("Hotline");

    public static async Task<Result<OrderView>> HandleAsync(Guid id, string? findings, string? location, IFormFileCollection photos, ClaimsPrincipal user, HotlineDesk desk, FileStore store, CancellationToken ct)
    {
        var v = new Validation().Required("findings", findings, 4000).Optional("location", location, 300);
        if (photos.Count > MaxPhotos)
        {
            v.Add("photos", $"at most {MaxPhotos} photos");
        }

        var (error, read) = v.IsValid ? await store.ReadAsync(photos, imagesOnly: true, ct) : (null, []);
        if (error is not null)
        {
            v.Add("photos", error);
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v) with { Code = error is null ? "validation.failed" : "hotline.bad_file" };
        }

        var found = await desk.FindForUnitAsync(id, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var order = found.Value!;
        if (order.Status == OrderStatus.Merged)
        {
            return HotlineDesk.InvalidTransition(order, "verified on site");
        }

        var verification = new Verification { OrderId = order.Id, At = desk.Now, By = HotlineDesk.Actor(user), Findings = findings!.Trim(), Location = string.IsNullOrWhiteSpace(location) ? null : location.Trim() };
        desk.Db.Verifications.Add(verification);
        var detail = $"{verification.Findings}{(verification.Location is null ? string.Empty : "（" + verification.Location + "）")}，照片 {read.Count} 张";
        return await AttachFiles.AttachFiles.SaveFilesAsync(order, verification.Id, read, user, desk, store, "verified", ct, detail);
    }
}
