using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Licenses.Data;
using OneWindow.Licenses.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Licenses.Features.IssueLicense;

/// <summary>
/// 签发: a license enters the local registry (the demo's stand-in for the licensing departments). The holder's ID must
/// pass its check (resident ID check digit, or the credit code's check character); it and a person's name are stored
/// encrypted. Without a number one is made: DZZZ + issue date + 8 hex digits.
/// </summary>
internal static class IssueLicense
{
    public sealed record Request(string? MaterialCode, string? Name, string? HolderKind, string? HolderName, string? HolderId, string? IssuedBy, string? IssuedOn, string? ValidUntil, string? Number);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/licenses", async Task<Results<Created<LicenseView>, ProblemHttpResult>> (Request request, ClaimsPrincipal user, LicenseDesk desk, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, LicenseDesk.Actor(user), desk, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/licenses/{Uri.EscapeDataString(result.Value!.Number)}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.LicenseAdmin)
            .WithTags("Licenses");

    public static async Task<Result<LicenseView>> HandleAsync(Request request, string actor, LicenseDesk desk, CancellationToken ct)
    {
        var v = new Validation().Code("materialCode", request.MaterialCode).Required("name", request.Name, 100).Name("holderName", request.HolderName, 200)
            .Required("issuedBy", request.IssuedBy, 100).Optional("number", request.Number, 64);
        HolderKind? kind = request.HolderKind?.Trim() switch
        {
            "person" => HolderKind.Person,
            "enterprise" => HolderKind.Enterprise,
            _ => null,
        };
        if (kind is null)
        {
            v.Add("holderKind", "must be person or enterprise");
        }

        string? holderId = null;
        if (kind is { } k && (holderId = HolderId.Normalize(k, request.HolderId, out var why)) is null)
        {
            v.Add("holderId", why);
        }

        var issuedOn = Date(v, "issuedOn", request.IssuedOn, required: true);
        var validUntil = Date(v, "validUntil", request.ValidUntil, required: false);
        if (issuedOn is { } from && validUntil is { } until && until < from)
        {
            v.Add("validUntil", "must not be before issuedOn");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        if (desk.Options.IsRemote)
        {
            return LicenseDesk.RemoteOnly();
        }

        var number = string.IsNullOrWhiteSpace(request.Number)
            ? $"DZZZ{issuedOn!.Value:yyyyMMdd}{Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4))}"
            : request.Number.Trim();
        if (await desk.Db.Licenses.AnyAsync(l => l.Number == number, ct))
        {
            return Error.Conflict("licenses.exists", $"A license numbered '{number}' is already in the registry.");
        }

        var p = desk.Protector;
        var holderName = request.HolderName!.Trim();
        var license = new License
        {
            Number = number,
            MaterialCode = request.MaterialCode!.Trim(),
            Name = request.Name!.Trim(),
            HolderKind = kind!.Value,
            HolderNameEncrypted = p.Encrypt(holderName)!,
            HolderNameMasked = kind == HolderKind.Person ? Masking.Name(holderName) : holderName,
            HolderIdEncrypted = p.Encrypt(holderId)!,
            HolderIdIndex = p.BlindIndex(holderId)!,
            HolderIdMasked = Masking.IdNumber(holderId),
            IssuedBy = request.IssuedBy!.Trim(),
            IssuedOn = issuedOn!.Value,
            ValidUntil = validUntil,
            CreatedAt = desk.Now,
            CreatedBy = actor,
        };
        desk.Db.Licenses.Add(license);
        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return Error.Conflict("licenses.exists", $"A license numbered '{number}' is already in the registry.");
        }

        return desk.View(LocalLicenseRegistry.Info(license));
    }

    private static DateOnly? Date(Validation v, string field, string? text, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                v.Add(field, "is required (YYYY-MM-DD)");
            }

            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        v.Add(field, "must be a date YYYY-MM-DD");
        return null;
    }
}
