using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Assistance.Data;
using OneWindow.Assistance.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Assistance.Features.ListProxies;

/// <summary>代办 cases of a month (by creation, China time), optionally of one center and state; and one case with its history.</summary>
internal static class ListProxies
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/assistance/proxies", async Task<Results<Ok<IReadOnlyList<ProxyView>>, ProblemHttpResult>> (string? month, string? center, string? status, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct) =>
                (await HandleAsync(month, center, status, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.AssistanceStaff)
            .WithTags("Assistance");
        app.MapGet("/api/v1/assistance/proxies/{id:guid}", async Task<Results<Ok<ProxyDetail>, ProblemHttpResult>> (Guid id, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct) =>
                (await GetAsync(id, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.AssistanceStaff)
            .WithTags("Assistance");
    }

    public static async Task<Result<IReadOnlyList<ProxyView>>> HandleAsync(string? month, string? center, string? status, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct)
    {
        var v = new Validation();
        var first = new DateOnly(desk.Today.Year, desk.Today.Month, 1);
        if (month is not null && !AssistanceDesk.TryMonth(month, out first))
        {
            v.Add("month", "must be YYYY-MM");
        }

        ProxyStatus? wanted = null;
        if (status is not null)
        {
            if (EnumParsing.TryParseWire<ProxyStatus>(status, out var s))
            {
                wanted = s;
            }
            else
            {
                v.Add("status", $"must be one of {EnumParsing.Allowed<ProxyStatus>()}");
            }
        }

        var scope = await desk.ScopeAsync(user, ct);
        if (center is not null && !scope.Contains(center))
        {
            v.Add("center", $"'{center}' is not a center you may see");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var (from, to) = AssistanceDesk.MonthRange(first);
        var rows = await desk.Db.Proxies.AsNoTracking().Include(p => p.Materials)
            .Where(p => p.CreatedAt >= from && p.CreatedAt < to && (center == null || p.CenterCode == center) && (wanted == null || p.Status == wanted))
            .ToListAsync(ct);
        return rows.Where(p => scope.Contains(p.CenterCode)).OrderByDescending(p => p.CreatedAt).Select(p => ProxyView.Of(p, desk)).ToList();
    }

    public static async Task<Result<ProxyDetail>> GetAsync(Guid id, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct)
    {
        var scope = await desk.ScopeAsync(user, ct);
        var proxy = await desk.Db.Proxies.AsNoTracking().Include(p => p.Materials).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (proxy is null || !scope.Contains(proxy.CenterCode))
        {
            return ProxyView.NotFound(id);
        }

        return new ProxyDetail(ProxyView.Of(proxy, desk), await desk.HistoryAsync(id, ct));
    }
}
