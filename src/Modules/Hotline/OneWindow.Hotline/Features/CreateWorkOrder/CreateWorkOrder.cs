using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Contracts;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.CreateWorkOrder;

/// <summary>
/// 受理: the agent registers a call. The handling limit runs from now by the category's rule; a consultation answered
/// from the knowledge base at once is closed at intake (直接办结). The number and the order commit together; an
/// <c>Idempotency-Key</c> makes a retry return the first order.
/// </summary>
internal static class CreateWorkOrder
{
    public sealed record CallerInput(string? Name, string? Phone, string? Address);

    public sealed record Request(string? Type, string? Channel, CallerInput? Caller, string? Content, string? CategoryCode, string? StreetCode, string? Answer = null, string? KnowledgeCode = null);

    public sealed record Created(Guid Id, string Number, string Status, DateTimeOffset DueAt, string? SuggestedUnitCode);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/work-orders", async Task<Results<Created<Created>, Ok<Created>, ProblemHttpResult>> (Request request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimsPrincipal user, HotlineDesk desk, WriteGate gate, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, idempotencyKey, user, desk, gate, ct);
                if (!result.IsSuccess)
                {
                    return result.Error!.ToProblem();
                }

                var (order, replay) = result.Value;
                return replay ? TypedResults.Ok(order) : TypedResults.Created($"/api/v1/work-orders/{order.Id}", order);
            })
            .RequireAuthorization(Policies.HotlineAgent)
            .WithTags("Hotline");

    public static async Task<Result<(Created Order, bool Replay)>> HandleAsync(Request request, string? idempotencyKey, ClaimsPrincipal user, HotlineDesk desk, WriteGate gate, CancellationToken ct)
    {
        var v = new Validation();
        if (!EnumParsing.TryParseWire<OrderType>(request.Type, out var type))
        {
            v.Add("type", $"must be one of: {EnumParsing.Allowed<OrderType>()}");
        }

        var channel = OrderChannel.Phone;
        if (request.Channel is not null && !EnumParsing.TryParseWire(request.Channel, out channel))
        {
            v.Add("channel", $"must be one of: {EnumParsing.Allowed<OrderChannel>()}");
        }

        var phone = string.Empty;
        if (request.Caller is null)
        {
            v.Add("caller", "is required: {\"name\",\"phone\"}");
        }
        else
        {
            v.Optional("caller.name", request.Caller.Name, 50);
            v.Optional("caller.address", request.Caller.Address, 200);
            if (!CallerPhone.TryNormalize(request.Caller.Phone, out phone, out var phoneError))
            {
                v.Add("caller.phone", phoneError);
            }
        }

        v.Required("content", request.Content, 4000);
        v.Optional("answer", request.Answer, 4000);
        v.Optional("knowledgeCode", request.KnowledgeCode, 64);
        if (idempotencyKey is { Length: > 100 })
        {
            v.Add("Idempotency-Key", "must be at most 100 characters");
        }

        var categories = await desk.CategoriesAsync(ct);
        if (string.IsNullOrWhiteSpace(request.CategoryCode))
        {
            v.Add("categoryCode", "is required (a leaf of GET /api/v1/work-orders/categories)");
        }
        else if (!categories.IsLeaf(request.CategoryCode))
        {
            v.Add("categoryCode", categories.Find(request.CategoryCode) is null
                ? $"'{request.CategoryCode}' is not a category"
                : $"'{request.CategoryCode}' is not a leaf category; choose one of its third-level categories");
        }

        if (request.StreetCode is not null && !await desk.CenterExistsAsync(request.StreetCode, ct))
        {
            v.Add("streetCode", $"'{request.StreetCode}' is not a street/town center");
        }

        if (request.Answer is not null && type != OrderType.Consultation)
        {
            v.Add("answer", "only a consultation can be answered and closed at intake");
        }
        else if (request.Answer is not null && string.IsNullOrWhiteSpace(request.Answer))
        {
            v.Add("answer", "must not be blank: give the answer, or leave it out to register the order for a unit");
        }

        if (!v.IsValid)
        {
            var code = v.Errors.ContainsKey("categoryCode") ? "hotline.unknown_category" : v.Errors.ContainsKey("streetCode") ? "hotline.unknown_street" : "validation.failed";
            return Error.Invalid(v) with { Code = code };
        }

        var db = desk.Db;
        if (idempotencyKey is not null && await ReplayAsync(desk, idempotencyKey, ct) is { } earlier)
        {
            return (earlier, true);
        }

        var limit = categories.EffectiveLimit(request.CategoryCode!)
            ?? throw new InvalidOperationException("No time-limit rule is configured for the hotline.");
        var now = desk.Now;
        var answered = request.Answer is not null;
        var order = new WorkOrder
        {
            Number = string.Empty,
            Type = type,
            Channel = channel,
            CallerNameEncrypted = desk.Encrypt(string.IsNullOrWhiteSpace(request.Caller!.Name) ? null : request.Caller.Name.Trim()),
            CallerPhoneEncrypted = desk.Encrypt(phone),
            CallerPhoneIndex = desk.PhoneIndex(phone),
            CallerAddressEncrypted = desk.Encrypt(string.IsNullOrWhiteSpace(request.Caller.Address) ? null : request.Caller.Address.Trim()),
            CategoryCode = request.CategoryCode!,
            TopCategoryCode = categories.TopCode(request.CategoryCode!),
            StreetCode = request.StreetCode,
            Content = request.Content!.Trim(),
            Status = answered ? OrderStatus.Closed : OrderStatus.Registered,
            LimitCode = limit.Code,
            Urgent = limit.Urgent,
            CreatedAt = now,
            CreatedBy = HotlineDesk.Actor(user),
            DueAt = await desk.DeadlineAsync(now, limit.HandleAmount, limit.HandleUnit, request.StreetCode, ct),
            ClosedAtIntake = answered,
            ClosedAt = answered ? now : null,
            RepliedAt = answered ? now : null,
            ReplyContent = request.Answer?.Trim(),
            ReplySolved = answered ? true : null,
            KnowledgeCode = request.KnowledgeCode,
            IdempotencyKey = idempotencyKey,
        };
        var actor = HotlineDesk.Actor(user);
        var eventIds = HotlineDesk.OrderedIds(2);
        db.Events.Add(new WorkOrderEvent { Id = eventIds[0], OrderId = order.Id, At = now, Actor = actor, Action = "created", Detail = $"{EnumParsing.ToWire(type)} / {categories.PathName(order.CategoryCode)}" });
        if (answered)
        {
            db.Events.Add(new WorkOrderEvent { Id = eventIds[1], OrderId = order.Id, At = now, Actor = actor, Action = "closed-at-intake", Detail = request.KnowledgeCode is null ? order.ReplyContent : $"[{request.KnowledgeCode}] {order.ReplyContent}" });
        }

        using (await gate.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var day = DateOnly.FromDateTime(BusinessHours.Local(now));
            order.Number = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (await NextNumberAsync(db, day, ct)).ToString("000000", CultureInfo.InvariantCulture);
            db.Orders.Add(order);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException e) when (idempotencyKey is not null && UniqueViolation.Is(e))
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return (await ReplayAsync(desk, idempotencyKey, ct) ?? throw new InvalidOperationException("Idempotency conflict without an order.", e), true);
            }
        }

        var (unit, toStreet) = categories.EffectiveDispatch(order.CategoryCode);
        var suggested = answered ? null : await SuggestUnit.SuggestUnit.ResolveAsync(unit, toStreet, order.StreetCode, desk, ct);
        return (new Created(order.Id, order.Number, EnumParsing.ToWire(order.Status), order.DueAt, suggested?.Code), false);
    }

    /// <summary>The order an earlier request with this key made, answered as before: still waiting, with its suggested unit; dispatched, with its unit.</summary>
    private static async Task<Created?> ReplayAsync(HotlineDesk desk, string key, CancellationToken ct)
    {
        var o = await desk.Db.Orders.AsNoTracking().Where(o => o.IdempotencyKey == key)
            .Select(o => new { o.Id, o.Number, o.Status, o.DueAt, o.UnitCode, o.CategoryCode, o.StreetCode })
            .FirstOrDefaultAsync(ct);
        if (o is null)
        {
            return null;
        }

        var unit = o.UnitCode;
        if (o.Status == OrderStatus.Registered)
        {
            var (rule, toStreet) = (await desk.CategoriesAsync(ct)).EffectiveDispatch(o.CategoryCode);
            unit = (await SuggestUnit.SuggestUnit.ResolveAsync(rule, toStreet, o.StreetCode, desk, ct))?.Code;
        }

        return new Created(o.Id, o.Number, EnumParsing.ToWire(o.Status), o.DueAt, unit);
    }

    /// <summary>One atomic statement per number on both databases (PostgreSQL locks the day's row, SQLite has one writer).</summary>
    private static async Task<int> NextNumberAsync(HotlineDbContext db, DateOnly day, CancellationToken ct)
    {
        var numbers = await AdvanceAsync(db, day, ct);
        if (numbers.Count == 0)
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO hl_counters (\"Day\", \"Last\") VALUES ({day}, 0) ON CONFLICT DO NOTHING", ct);
            numbers = await AdvanceAsync(db, day, ct);
        }

        return numbers.Single();
    }

    private static Task<List<int>> AdvanceAsync(HotlineDbContext db, DateOnly day, CancellationToken ct) =>
        db.Database.SqlQuery<int>($"UPDATE hl_counters SET \"Last\" = \"Last\" + 1 WHERE \"Day\" = {day} RETURNING \"Last\"").ToListAsync(ct);
}
