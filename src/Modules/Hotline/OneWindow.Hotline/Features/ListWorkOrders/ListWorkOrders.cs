using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Contracts;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.ListWorkOrders;

/// <summary>
/// Orders by filter, a page at a time: the agents' list, the unit portal (a unit officer sees only the units in their
/// scope), the supervisor's overdue / due-soon / supervised / ledger lists and the ledger (台账) search.
/// </summary>
internal static class ListWorkOrders
{
    public const int MaxPageSize = 200;

    public sealed record Filter(
        string? Status = null,
        string? Unit = null,
        string? Category = null,
        string? Street = null,
        string? Type = null,
        string? From = null,
        string? To = null,
        bool? Overdue = null,
        bool? DueSoon = null,
        bool? Supervised = null,
        bool? Ledger = null,
        string? Q = null,
        string? Sort = null,
        int? Page = null,
        int? PageSize = null);

    public sealed record Page(int Total, int PageNumber, int PageSize, IReadOnlyList<OrderView> Items);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/work-orders", async ([AsParameters] Filter filter, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
                (await HandleAsync(filter, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineUnit)
            .WithTags("Hotline");

    public static async Task<Result<Page>> HandleAsync(Filter filter, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct)
    {
        var built = await QueryAsync(filter, user, desk, ct);
        if (!built.IsSuccess)
        {
            return built.Error!;
        }

        var query = built.Value!;
        var size = filter.PageSize ?? 50;
        var page = filter.Page ?? 1;
        if (size is < 1 or > MaxPageSize || page < 1)
        {
            return Error.Invalid("pageSize", $"page must be >= 1 and pageSize 1-{MaxPageSize}");
        }

        var total = await query.CountAsync(ct);
        var ordered = filter.Sort switch
        {
            "due" => query.OrderBy(o => o.DueAt).ThenBy(o => o.Id),
            "created-asc" => query.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id),
            _ => query.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id),
        };
        var rows = await ordered.Skip((page - 1) * size).Take(size).AsNoTracking().ToListAsync(ct);
        return new Page(total, page, size, await desk.ViewsAsync(rows, ct));
    }

    /// <summary>The filtered query (also for the ledger export), or the first bad filter.</summary>
    public static async Task<Result<IQueryable<WorkOrder>>> QueryAsync(Filter filter, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct)
    {
        var v = new Validation();
        var statuses = new List<OrderStatus>();
        foreach (var part in (filter.Status ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part == "open")
            {
                statuses.AddRange([OrderStatus.Registered, OrderStatus.Dispatched, OrderStatus.Accepted, OrderStatus.ReturnRequested]);
            }
            else if (EnumParsing.TryParseWire<OrderStatus>(part, out var s))
            {
                statuses.Add(s);
            }
            else
            {
                v.Add("status", $"'{part}' is not one of: open, {EnumParsing.Allowed<OrderStatus>()}");
            }
        }

        OrderType? type = null;
        if (filter.Type is not null)
        {
            if (EnumParsing.TryParseWire<OrderType>(filter.Type, out var t))
            {
                type = t;
            }
            else
            {
                v.Add("type", $"must be one of: {EnumParsing.Allowed<OrderType>()}");
            }
        }

        var from = Date(v, "from", filter.From);
        var to = Date(v, "to", filter.To);
        v.Optional("q", filter.Q, 100);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var now = desk.Now;
        var query = desk.Db.Orders.AsQueryable();
        if (!HotlineDesk.IsCentral(user))
        {
            var mine = (await desk.UnitsOfAsync(user, ct)).Select(u => u.Code).ToList();
            query = query.Where(o => o.UnitCode != null && mine.Contains(o.UnitCode));
        }

        if (statuses.Count > 0)
        {
            query = query.Where(o => statuses.Contains(o.Status));
        }

        if (filter.Unit is not null)
        {
            query = query.Where(o => o.UnitCode == filter.Unit);
        }

        if (filter.Category is not null)
        {
            query = query.Where(o => o.CategoryCode == filter.Category || o.TopCategoryCode == filter.Category);
        }

        if (filter.Street is not null)
        {
            query = query.Where(o => o.StreetCode == filter.Street);
        }

        if (type is { } ty)
        {
            query = query.Where(o => o.Type == ty);
        }

        if (from is { } f)
        {
            var start = Start(f);
            query = query.Where(o => o.CreatedAt >= start);
        }

        if (to is { } tt)
        {
            var end = Start(tt.AddDays(1));
            query = query.Where(o => o.CreatedAt < end);
        }

        var open = new[] { OrderStatus.Registered, OrderStatus.Dispatched, OrderStatus.Accepted, OrderStatus.ReturnRequested };
        if (filter.Overdue == true)
        {
            query = query.Where(o => open.Contains(o.Status) && o.DueAt < now);
        }

        if (filter.DueSoon == true)
        {
            var soon = now.AddHours(desk.Options.DueSoonHours);
            query = query.Where(o => open.Contains(o.Status) && o.DueAt >= now && o.DueAt < soon);
        }

        if (filter.Supervised == true)
        {
            query = query.Where(o => o.SupervisionLevel > 0);
        }

        if (filter.Ledger == true)
        {
            query = query.Where(o => o.OnLedger);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = q.All(char.IsAsciiDigit) && q.Length == 14
                ? query.Where(o => o.Number == q)
                : query.Where(o => o.Number == q || o.Content.Contains(q));
        }

        return Result<IQueryable<WorkOrder>>.Ok(query);
    }

    /// <summary>Midnight in China at the start of a date, as an instant (in UTC, as the databases compare instants).</summary>
    public static DateTimeOffset Start(DateOnly date) => new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), BusinessHours.Offset).ToUniversalTime();

    private static DateOnly? Date(Validation v, string field, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        v.Add(field, "must be a date YYYY-MM-DD");
        return null;
    }
}
