using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Assistance.Data;
using OneWindow.Assistance.Domain;
using OneWindow.Queue.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Assistance.Features.RecordHelp;

/// <summary>
/// 帮办: the signed-in helper starts escorting a visitor (optionally named, with a phone) for a catalog item. With
/// <c>greenChannel</c> the visitor gets a priority ticket (绿色通道) in the hall's <c>queueCategory</c>.
/// <c>Idempotency-Key</c> makes a retry return the first record (and the same ticket).
/// </summary>
internal static class RecordHelp
{
    public sealed record Request(string? HallCode, string? ItemCode, string? Group, string? VisitorName, string? VisitorPhone, bool GreenChannel = false, string? QueueCategory = null, string? WindowCode = null);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/assistance/helps", async Task<Results<Created<HelpView>, Ok<HelpView>, ProblemHttpResult>> (Request request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimsPrincipal user, AssistanceDesk desk, ITicketIssuer tickets, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, idempotencyKey, user, desk, tickets, ct);
                if (!result.IsSuccess)
                {
                    return result.Error!.ToProblem();
                }

                var (view, replay) = result.Value;
                return replay ? TypedResults.Ok(view) : TypedResults.Created($"/api/v1/assistance/helps/{view.Id}", view);
            })
            .RequireAuthorization(Policies.AssistanceStaff)
            .WithTags("Assistance");

    public static async Task<Result<(HelpView View, bool Replay)>> HandleAsync(Request request, string? idempotencyKey, ClaimsPrincipal user, AssistanceDesk desk, ITicketIssuer tickets, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var v = new Validation();
        v.Code("hallCode", request.HallCode).Code("itemCode", request.ItemCode);
        var group = SpecialGroup.Other;
        if (string.IsNullOrWhiteSpace(request.Group))
        {
            v.Add("group", $"is required: one of {EnumParsing.Allowed<SpecialGroup>()}");
        }
        else if (!EnumParsing.TryParseWire(request.Group, out group))
        {
            v.Add("group", $"must be one of {EnumParsing.Allowed<SpecialGroup>()}");
        }

        if (request.VisitorName is not null)
        {
            v.Name("visitorName", request.VisitorName, 50);
        }

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(request.VisitorPhone))
        {
            if (MobileNumber.TryParse(request.VisitorPhone, out var mobile, out var phoneError))
            {
                phone = mobile.Value.Value;
            }
            else
            {
                v.Add("visitorPhone", phoneError);
            }
        }

        if (request.GreenChannel)
        {
            v.Code("queueCategory", request.QueueCategory);
        }

        if (request.WindowCode is not null)
        {
            v.Code("windowCode", request.WindowCode);
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
        var hall = await desk.HallAsync(request.HallCode, scope, ct);
        if (hall is null)
        {
            v.Add("hallCode", $"'{request.HallCode}' is not a hall you may work in");
        }

        var item = await desk.Catalog.ItemAsync(request.ItemCode!, desk.Today, ct);
        if (item is null)
        {
            v.Add("itemCode", $"'{request.ItemCode}' is not an item of the catalog");
        }

        if (hall is not null && request.WindowCode is not null && !await desk.WindowExistsAsync(hall.Code, request.WindowCode, ct))
        {
            v.Add("windowCode", $"'{request.WindowCode}' is not a window of {hall.Code}");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v) with { Code = v.Errors.ContainsKey("itemCode") ? "assistance.unknown_item" : v.Errors.ContainsKey("windowCode") ? "assistance.unknown_window" : "assistance.unknown_hall" };
        }

        if (idempotencyKey is not null && await desk.Db.Helps.AsNoTracking().FirstOrDefaultAsync(h => h.IdempotencyKey == idempotencyKey, ct) is { } earlier)
        {
            return (HelpView.Of(earlier, desk), true);
        }

        var record = new HelpRecord
        {
            Number = desk.NewNumber("BB"),
            CenterCode = hall!.CenterCode,
            HallCode = hall.Code,
            StaffUserName = AssistanceDesk.Actor(user),
            VisitorNameEncrypted = desk.Encrypt(request.VisitorName),
            VisitorPhoneEncrypted = desk.Encrypt(phone),
            Group = group,
            GreenChannel = request.GreenChannel,
            ItemCode = item!.Code,
            ItemName = item.Name,
            WindowCode = request.WindowCode,
            StartedAt = desk.Now,
            CreatedAt = desk.Now,
            IdempotencyKey = idempotencyKey,
        };
        if (request.GreenChannel)
        {
            var ticket = await tickets.IssueAsync(hall.Code, request.QueueCategory!, priority: true, "assistance-help:" + (idempotencyKey ?? record.Id.ToString("N")), ct);
            if (!ticket.IsSuccess)
            {
                return ticket.Error! with { Code = "assistance.ticket_refused", Message = "The green-channel ticket was refused: " + ticket.Error!.Describe() };
            }

            record.TicketId = ticket.Value!.Id;
            record.TicketNumber = ticket.Value.Number;
        }

        desk.Db.Helps.Add(record);
        desk.Record(record.Id, user, "help-started", record.GreenChannel ? $"绿色通道 {record.TicketNumber}" : null);
        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (idempotencyKey is not null && UniqueViolation.Is(e))
        {
            desk.Db.ChangeTracker.Clear();
            var first = await desk.Db.Helps.AsNoTracking().FirstAsync(h => h.IdempotencyKey == idempotencyKey, ct);
            return (HelpView.Of(first, desk), true);
        }

        return (HelpView.Of(record, desk), false);
    }
}
