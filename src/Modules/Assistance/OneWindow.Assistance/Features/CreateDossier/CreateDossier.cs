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

namespace OneWindow.Assistance.Features.CreateDossier;

/// <summary>
/// 跨域通办收件 (收受分离): <c>outgoing</c> — our window accepts for another region's department; <c>incoming</c> —
/// another region accepted for one of ours. The item must be on the configured cross-region list for the scope.
/// </summary>
internal static class CreateDossier
{
    public sealed record Request(string? CenterCode, string? Direction, string? Scope, string? CounterpartRegion, string? CounterpartDepartment, string? ItemCode, string? ApplicantName, string? ApplicantPhone, string? CaseNumber = null);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/assistance/cross-region", async Task<Results<Created<DossierView>, Ok<DossierView>, ProblemHttpResult>> (Request request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, idempotencyKey, user, desk, ct);
                if (!result.IsSuccess)
                {
                    return result.Error!.ToProblem();
                }

                var (view, replay) = result.Value;
                return replay ? TypedResults.Ok(view) : TypedResults.Created($"/api/v1/assistance/cross-region/{view.Id}", view);
            })
            .RequireAuthorization(Policies.AssistanceStaff)
            .WithTags("Assistance");

    public static async Task<Result<(DossierView View, bool Replay)>> HandleAsync(Request request, string? idempotencyKey, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var v = new Validation();
        v.Code("centerCode", request.CenterCode).Code("itemCode", request.ItemCode);
        if (!EnumParsing.TryParseWire<CrossDirection>(request.Direction, out var direction))
        {
            v.Add("direction", $"must be one of {EnumParsing.Allowed<CrossDirection>()}");
        }

        if (!EnumParsing.TryParseWire<CrossScope>(request.Scope, out var scopeKind))
        {
            v.Add("scope", $"must be one of {EnumParsing.Allowed<CrossScope>()}");
        }

        v.Name("counterpartRegion", request.CounterpartRegion, 100).Name("counterpartDepartment", request.CounterpartDepartment, 200);
        v.Name("applicantName", request.ApplicantName, 200);
        string? phone = null;
        if (MobileNumber.TryParse(request.ApplicantPhone, out var mobile, out var phoneError))
        {
            phone = mobile.Value.Value;
        }
        else
        {
            v.Add("applicantPhone", phoneError);
        }

        if (request.CaseNumber is not null)
        {
            v.Code("caseNumber", request.CaseNumber);
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
        if (item is null || !await desk.Db.CrossItems.AnyAsync(i => i.ItemCode == item.Code && i.Scope == scopeKind, ct))
        {
            v.Add("itemCode", $"'{request.ItemCode}' is not a {EnumParsing.ToWire(scopeKind)} cross-region item");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v) with { Code = v.Errors.ContainsKey("itemCode") ? "assistance.not_cross_region_item" : "assistance.unknown_center" };
        }

        if (await desk.CaseRefusalAsync(request.CaseNumber, ct) is { } refusal)
        {
            return Error.Invalid("caseNumber", refusal, "assistance.unknown_case");
        }

        if (idempotencyKey is not null && await desk.Db.Dossiers.AsNoTracking().FirstOrDefaultAsync(d => d.IdempotencyKey == idempotencyKey, ct) is { } earlier)
        {
            return (await ListDossiers.ListDossiers.ViewAsync(earlier, desk, ct), true);
        }

        var dossier = new CrossRegionDossier
        {
            Number = desk.NewNumber("KY"),
            CenterCode = request.CenterCode!,
            Direction = direction,
            Scope = scopeKind,
            CounterpartRegion = request.CounterpartRegion!.Trim(),
            CounterpartDepartment = request.CounterpartDepartment!.Trim(),
            ItemCode = item!.Code,
            ItemName = item.Name,
            ApplicantNameEncrypted = desk.Encrypt(request.ApplicantName),
            ApplicantPhoneEncrypted = desk.Encrypt(phone),
            CaseNumber = request.CaseNumber?.Trim(),
            Status = CrossStatus.Accepted,
            AcceptedAt = desk.Now,
            AcceptedBy = AssistanceDesk.Actor(user),
            IdempotencyKey = idempotencyKey,
        };
        desk.Db.Dossiers.Add(dossier);
        desk.Record(dossier.Id, user, "cross-accepted", $"{dossier.CounterpartRegion} {dossier.CounterpartDepartment}");
        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (idempotencyKey is not null && UniqueViolation.Is(e))
        {
            desk.Db.ChangeTracker.Clear();
            var first = await desk.Db.Dossiers.AsNoTracking().FirstAsync(d => d.IdempotencyKey == idempotencyKey, ct);
            return (await ListDossiers.ListDossiers.ViewAsync(first, desk, ct), true);
        }

        return (await ListDossiers.ListDossiers.ViewAsync(dossier, desk, ct), false);
    }
}
