using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Assistance.Data;
using OneWindow.Assistance.Domain;
using OneWindow.Calendar.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Assistance.Features.ListDossiers;

/// <summary>
/// 跨域通办 dossiers: of a month (by acceptance) or, with <c>open=true</c>, every unfinished one whenever accepted;
/// <c>overdue=true</c> keeps those forwarded and not received within the configured working days. Also one dossier with
/// its history, and the configured cross-region items.
/// </summary>
internal static class ListDossiers
{
    internal sealed record CrossItemView(string ItemCode, string ItemName, string Scope, string? Note);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/assistance/cross-region", async Task<Results<Ok<IReadOnlyList<DossierView>>, ProblemHttpResult>> (string? month, string? center, bool? open, bool? overdue, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct) =>
                (await HandleAsync(month, center, open ?? false, overdue ?? false, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.AssistanceStaff)
            .WithTags("Assistance");
        app.MapGet("/api/v1/assistance/cross-region/{id:guid}", async Task<Results<Ok<DossierDetail>, ProblemHttpResult>> (Guid id, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct) =>
                (await GetAsync(id, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.AssistanceStaff)
            .WithTags("Assistance");
        app.MapGet("/api/v1/assistance/cross-region/items", async (AssistanceDesk desk, CancellationToken ct) => TypedResults.Ok(await ItemsAsync(desk, ct)))
            .RequireAuthorization(Policies.AssistanceStaff)
            .WithTags("Assistance");
    }

    public static async Task<Result<IReadOnlyList<DossierView>>> HandleAsync(string? month, string? center, bool open, bool overdue, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct)
    {
        var first = new DateOnly(desk.Today.Year, desk.Today.Month, 1);
        if (month is not null && !AssistanceDesk.TryMonth(month, out first))
        {
            return Error.Invalid("month", "must be YYYY-MM");
        }

        var scope = await desk.ScopeAsync(user, ct);
        if (center is not null && !scope.Contains(center))
        {
            return Error.Invalid("center", $"'{center}' is not a center you may see");
        }

        var (from, to) = AssistanceDesk.MonthRange(first);
        var query = desk.Db.Dossiers.AsNoTracking().Where(d => center == null || d.CenterCode == center);
        query = open || overdue
            ? query.Where(d => d.Status != CrossStatus.Returned && d.Status != CrossStatus.Cancelled)
            : query.Where(d => d.AcceptedAt >= from && d.AcceptedAt < to);
        var rows = (await query.ToListAsync(ct)).Where(d => scope.Contains(d.CenterCode)).OrderByDescending(d => d.AcceptedAt).ToList();
        var calendars = new Dictionary<string, WorkCalendar>(StringComparer.Ordinal);
        var views = new List<DossierView>(rows.Count);
        foreach (var d in rows)
        {
            if (!calendars.TryGetValue(d.CenterCode, out var calendar))
            {
                calendars[d.CenterCode] = calendar = await desk.CalendarAsync(d.CenterCode, ct);
            }

            var late = IsOverdue(d, calendar, desk);
            if (!overdue || late)
            {
                views.Add(DossierView.Of(d, desk, late));
            }
        }

        return views;
    }

    public static async Task<Result<DossierDetail>> GetAsync(Guid id, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct)
    {
        var scope = await desk.ScopeAsync(user, ct);
        var d = await desk.Db.Dossiers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null || !scope.Contains(d.CenterCode))
        {
            return DossierView.NotFound(id);
        }

        return new DossierDetail(await ViewAsync(d, desk, ct), await desk.HistoryAsync(id, ct));
    }

    public static async Task<DossierView> ViewAsync(CrossRegionDossier d, AssistanceDesk desk, CancellationToken ct) =>
        DossierView.Of(d, desk, IsOverdue(d, await desk.CalendarAsync(d.CenterCode, ct), desk));

    /// <summary>Forwarded, not yet received, and the receipt deadline (forwarding day + N working days) has passed.</summary>
    public static bool IsOverdue(CrossRegionDossier d, WorkCalendar calendar, AssistanceDesk desk)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(desk);
        return d.Status == CrossStatus.Forwarded && d.ForwardedOn is { } on && desk.Today > calendar.AddWorkdays(on, desk.Options.ReceiptWorkdays).Date;
    }

    public static async Task<IReadOnlyList<CrossItemView>> ItemsAsync(AssistanceDesk desk, CancellationToken ct)
    {
        var items = await desk.Db.CrossItems.AsNoTracking().ToListAsync(ct);
        var views = new List<CrossItemView>(items.Count);
        foreach (var i in items.OrderBy(i => i.Scope).ThenBy(i => i.ItemCode, StringComparer.Ordinal))
        {
            var guide = await desk.Catalog.ItemAsync(i.ItemCode, desk.Today, ct);
            views.Add(new CrossItemView(i.ItemCode, guide?.Name ?? i.ItemCode, EnumParsing.ToWire(i.Scope), i.Note));
        }

        return views;
    }
}
