using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.GetSupervisionBoard;

/// <summary>
/// The supervisor's desk: how many orders are open, overdue, due soon, supervised and on the ledger, and the first of
/// each list — overdue orders (longest late first), orders due within <see cref="HotlineOptions.DueSoonHours"/>, the
/// supervision queue (highest level first), return and extension requests waiting for a decision (with what the unit
/// asked), and ledger orders whose follow-up date has come.
/// </summary>
internal static class GetSupervisionBoard
{
    public const int ListSize = 50;

    public sealed record Counts(int Open, int Overdue, int DueSoon, int Supervised, int OnLedger, int ReturnRequests, int ExtensionRequests, int FollowUpsDue);

    /// <summary>A request waiting for a decision: the order, when and by whom it was asked, and what was asked.</summary>
    public sealed record PendingRequest(OrderView Order, DateTimeOffset? At, string? By, string? Detail);

    public sealed record Board(
        DateTimeOffset At,
        int DueSoonHours,
        Counts Counts,
        IReadOnlyList<OrderView> Overdue,
        IReadOnlyList<OrderView> DueSoon,
        IReadOnlyList<OrderView> Supervised,
        IReadOnlyList<PendingRequest> ReturnRequests,
        IReadOnlyList<PendingRequest> ExtensionRequests,
        IReadOnlyList<OrderView> FollowUpsDue);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/work-orders/supervision", async (HotlineDesk desk, CancellationToken ct) =>
                Result<Board>.Ok(await HandleAsync(desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineSupervisor)
            .WithTags("Hotline");

    public static async Task<Board> HandleAsync(HotlineDesk desk, CancellationToken ct)
    {
        var now = desk.Now;
        var soon = now.AddHours(desk.Options.DueSoonHours);
        var today = desk.Today;
        var open = new[] { OrderStatus.Registered, OrderStatus.Dispatched, OrderStatus.Accepted, OrderStatus.ReturnRequested };
        var orders = desk.Db.Orders.AsNoTracking();
        var openOrders = orders.Where(o => open.Contains(o.Status));
        var overdue = openOrders.Where(o => o.DueAt < now);
        var dueSoon = openOrders.Where(o => o.DueAt >= now && o.DueAt < soon);
        var supervised = openOrders.Where(o => o.SupervisionLevel > 0);
        var onLedger = orders.Where(o => o.OnLedger);
        var returns = orders.Where(o => o.Status == OrderStatus.ReturnRequested);
        var extensions = orders.Where(o => o.Status == OrderStatus.Accepted && o.Extension == ExtensionState.Requested);
        var followUps = onLedger.Where(o => o.NextFollowUpOn <= today);

        var counts = new Counts(
            await openOrders.CountAsync(ct),
            await overdue.CountAsync(ct),
            await dueSoon.CountAsync(ct),
            await supervised.CountAsync(ct),
            await onLedger.CountAsync(ct),
            await returns.CountAsync(ct),
            await extensions.CountAsync(ct),
            await followUps.CountAsync(ct));

        var returnOrders = await returns.OrderBy(o => o.DueAt).ThenBy(o => o.Id).Take(ListSize).ToListAsync(ct);
        var extensionOrders = await extensions.OrderBy(o => o.DueAt).ThenBy(o => o.Id).Take(ListSize).ToListAsync(ct);
        return new Board(
            now,
            desk.Options.DueSoonHours,
            counts,
            await desk.ViewsAsync(await overdue.OrderBy(o => o.DueAt).ThenBy(o => o.Id).Take(ListSize).ToListAsync(ct), ct),
            await desk.ViewsAsync(await dueSoon.OrderBy(o => o.DueAt).ThenBy(o => o.Id).Take(ListSize).ToListAsync(ct), ct),
            await desk.ViewsAsync(await supervised.OrderByDescending(o => o.SupervisionLevel).ThenBy(o => o.DueAt).ThenBy(o => o.Id).Take(ListSize).ToListAsync(ct), ct),
            await RequestsAsync(desk, returnOrders, "return-requested", ct),
            await RequestsAsync(desk, extensionOrders, "extension-requested", ct),
            await desk.ViewsAsync(await followUps.OrderBy(o => o.NextFollowUpOn).ThenBy(o => o.Id).Take(ListSize).ToListAsync(ct), ct));
    }

    /// <summary>Each order with the latest history line that asked for the decision.</summary>
    private static async Task<IReadOnlyList<PendingRequest>> RequestsAsync(HotlineDesk desk, List<WorkOrder> orders, string action, CancellationToken ct)
    {
        if (orders.Count == 0)
        {
            return [];
        }

        var ids = orders.Select(o => o.Id).ToList();
        var asked = (await desk.Db.Events.AsNoTracking().Where(e => ids.Contains(e.OrderId) && e.Action == action).ToListAsync(ct))
            .GroupBy(e => e.OrderId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).First());
        var views = await desk.ViewsAsync(orders, ct);
        return views.Select(v => asked.TryGetValue(v.Id, out var e) ? new PendingRequest(v, e.At, e.Actor, e.Detail) : new PendingRequest(v, null, null, null)).ToList();
    }
}
