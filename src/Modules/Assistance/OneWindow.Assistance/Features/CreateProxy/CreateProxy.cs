using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Assistance.Data;
using OneWindow.Assistance.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Assistance.Features.CreateProxy;

/// <summary>
/// 代办受托: the applicant (a person with a resident ID number, or an enterprise with its unified social credit code)
/// hands the materials of a catalog item to the signed-in proxy staff; both sign the hand-over (代办材料交接单).
/// Material codes must be the item's; their names come from the catalog.
/// </summary>
internal static class CreateProxy
{
    public sealed record ApplicantInput(string? Kind, string? Name, string? IdNumber, string? CreditCode, string? Phone);

    public sealed record MaterialInput(string? Code, bool? Original, int? Copies);

    public sealed record Request(string? CenterCode, ApplicantInput? Applicant, string? ItemCode, IReadOnlyList<MaterialInput>? Materials, string? ApplicantSignature, string? StaffSignature);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/assistance/proxies", async Task<Results<Created<ProxyView>, Ok<ProxyView>, ProblemHttpResult>> (Request request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, idempotencyKey, user, desk, ct);
                if (!result.IsSuccess)
                {
                    return result.Error!.ToProblem();
                }

                var (view, replay) = result.Value;
                return replay ? TypedResults.Ok(view) : TypedResults.Created($"/api/v1/assistance/proxies/{view.Id}", view);
            })
            .RequireAuthorization(Policies.AssistanceStaff)
            .WithTags("Assistance");

    public static async Task<Result<(ProxyView View, bool Replay)>> HandleAsync(Request request, string? idempotencyKey, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var v = new Validation();
        v.Code("centerCode", request.CenterCode).Code("itemCode", request.ItemCode);
        v.Name("applicantSignature", request.ApplicantSignature, 50).Name("staffSignature", request.StaffSignature, 50);
        var kind = ApplicantKind.Person;
        string? identifier = null;
        string? phone = null;
        var a = request.Applicant;
        if (a is null)
        {
            v.Add("applicant", "is required: {\"kind\":\"person|enterprise\",\"name\",\"idNumber\"|\"creditCode\",\"phone\"}");
        }
        else
        {
            if (!EnumParsing.TryParseWire(a.Kind, out kind))
            {
                v.Add("applicant.kind", $"must be one of {EnumParsing.Allowed<ApplicantKind>()}");
            }

            v.Name("applicant.name", a.Name, kind == ApplicantKind.Enterprise ? 200 : 50);
            if (kind == ApplicantKind.Person)
            {
                if (ResidentIdNumber.TryParse(a.IdNumber, out var id, out var idError))
                {
                    identifier = id.Value.Value;
                }
                else
                {
                    v.Add("applicant.idNumber", idError);
                }
            }
            else if (UnifiedSocialCreditCode.TryParse(a.CreditCode, out var code, out var codeError))
            {
                identifier = code.Value.Value;
            }
            else
            {
                v.Add("applicant.creditCode", codeError);
            }

            if (MobileNumber.TryParse(a.Phone, out var mobile, out var phoneError))
            {
                phone = mobile.Value.Value;
            }
            else
            {
                v.Add("applicant.phone", phoneError);
            }
        }

        var lines = request.Materials ?? [];
        if (lines.Count == 0)
        {
            v.Add("materials", "list at least one material handed over");
        }
        else if (lines.Count > 50)
        {
            v.Add("materials", "at most 50 lines");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] is null || string.IsNullOrWhiteSpace(lines[i].Code))
            {
                v.Add($"materials[{i}].code", "is required");
            }

            if (lines[i]?.Copies is not { } copies || copies is < 1 or > 99)
            {
                v.Add($"materials[{i}].copies", "must be 1 to 99");
            }
        }

        if (idempotencyKey is { Length: > 100 })
        {
            v.Add("Idempotency-Key", "must be at most 100 characters");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var scope = await desk.ScopeAsync(user, ct);
        if (!await desk.CenterVisibleAsync(request.CenterCode, scope, ct))
        {
            v.Add("centerCode", $"'{request.CenterCode}' is not a center you may work in");
        }

        var item = await desk.Catalog.ItemAsync(request.ItemCode!, desk.Today, ct);
        if (item is null)
        {
            v.Add("itemCode", $"'{request.ItemCode}' is not an item of the catalog");
        }
        else
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (!item.Materials.Any(m => m.Code == lines[i].Code))
                {
                    v.Add($"materials[{i}].code", $"'{lines[i].Code}' is not a material of {item.Code}");
                }
                else if (lines.Take(i).Any(l => l.Code == lines[i].Code))
                {
                    v.Add($"materials[{i}].code", "is listed twice");
                }
            }
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v) with { Code = v.Errors.ContainsKey("itemCode") ? "assistance.unknown_item" : v.Errors.ContainsKey("centerCode") ? "assistance.unknown_center" : "assistance.unknown_material" };
        }

        if (idempotencyKey is not null && await desk.Db.Proxies.AsNoTracking().Include(p => p.Materials).FirstOrDefaultAsync(p => p.IdempotencyKey == idempotencyKey, ct) is { } earlier)
        {
            return (ProxyView.Of(earlier, desk), true);
        }

        var now = desk.Now;
        var proxy = new ProxyCase
        {
            Number = desk.NewNumber("DB"),
            CenterCode = request.CenterCode!,
            ApplicantKind = kind,
            ApplicantNameEncrypted = desk.Encrypt(a!.Name),
            ApplicantIdEncrypted = desk.Encrypt(identifier),
            ApplicantIdIndex = desk.BlindIndex(identifier),
            ApplicantPhoneEncrypted = desk.Encrypt(phone),
            ItemCode = item!.Code,
            ItemName = item.Name,
            ProxyStaff = AssistanceDesk.Actor(user),
            Status = ProxyStatus.Received,
            ApplicantSignatureEncrypted = desk.Encrypt(request.ApplicantSignature)!,
            ApplicantSignedAt = now,
            StaffSignature = request.StaffSignature!.Trim(),
            StaffSignedAt = now,
            CreatedAt = now,
            IdempotencyKey = idempotencyKey,
        };
        for (var i = 0; i < lines.Count; i++)
        {
            var material = item.Materials.First(m => m.Code == lines[i].Code);
            proxy.Materials.Add(new ProxyMaterial { Seq = i + 1, Code = material.Code, Name = material.Name, Original = lines[i].Original ?? material.Original, Copies = lines[i].Copies!.Value });
        }

        desk.Db.Proxies.Add(proxy);
        desk.Record(proxy.Id, user, "proxy-received", $"{lines.Count} 项材料交接");
        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (idempotencyKey is not null && UniqueViolation.Is(e))
        {
            desk.Db.ChangeTracker.Clear();
            var first = await desk.Db.Proxies.AsNoTracking().Include(p => p.Materials).FirstAsync(p => p.IdempotencyKey == idempotencyKey, ct);
            return (ProxyView.Of(first, desk), true);
        }

        return (ProxyView.Of(proxy, desk), false);
    }
}
