using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Appointments.Data;
using OneWindow.Appointments.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Appointments.Features.CreateSlot;

/// <summary>A clerk opens a one-off slot (an extra session, a special day). Generation never touches it.</summary>
internal static class CreateSlot
{
    public const int MaxCapacity = 1000;

    public sealed record Request(string? Category, string? Date, string? Start, string? End, int? Capacity, bool? Extended, string? Label);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/halls/{hall}/slots", async Task<Results<Created<SlotView>, ProblemHttpResult>> (string hall, Request request, ClaimsPrincipal user, AppointmentDesk desk, CancellationToken ct) =>
            {
                var result = await HandleAsync(hall, request, user, desk, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/halls/{hall}/slots?date={result.Value!.Date}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.Staff)
            .WithTags("Appointments");

    public static async Task<Result<SlotView>> HandleAsync(string hallCode, Request request, ClaimsPrincipal user, AppointmentDesk desk, CancellationToken ct)
    {
        var hall = await desk.StaffHallAsync(hallCode, user, ct);
        if (!hall.IsSuccess)
        {
            return hall.Error!;
        }

        var v = new Validation().Required("category", request.Category, 64);
        if (!Wire.TryDate(request.Date, out var date))
        {
            v.Add("date", "must be a date YYYY-MM-DD");
        }

        var start = default(TimeOnly);
        var end = default(TimeOnly);
        if (!Wire.TryTime(request.Start, out start))
        {
            v.Add("start", "must be a time HH:mm");
        }
        else if (!Wire.TryTime(request.End, out end) || end <= start)
        {
            v.Add("end", "must be a time HH:mm after start");
        }

        if (request.Capacity is not (>= 1 and <= MaxCapacity))
        {
            v.Add("capacity", $"must be 1 to {MaxCapacity}");
        }

        Label(v, request.Label);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        if (hall.Value!.Category(request.Category!) is null)
        {
            return AppointmentDesk.UnknownCategory(hallCode, request.Category);
        }

        var now = desk.Now;
        if (AppointmentDesk.Instant(date, end) <= now)
        {
            return Error.Invalid("date", $"the slot {Wire.Text(date)} {Wire.Text(start)}-{Wire.Text(end)} is already over", "appointments.slot_past");
        }

        var db = desk.Db;
        if (await db.Slots.AnyAsync(s => s.HallCode == hallCode && s.Category == request.Category && s.Date == date && s.Start == start && !s.Cancelled, ct))
        {
            return Error.Conflict("appointments.slot_exists", $"Hall '{hallCode}' already has a '{request.Category}' slot at {Wire.Text(date)} {Wire.Text(start)}.");
        }

        var slot = new Slot
        {
            HallCode = hallCode,
            Category = request.Category!,
            Date = date,
            Start = start,
            End = end,
            Capacity = request.Capacity!.Value,
            Extended = request.Extended ?? false,
            Label = string.IsNullOrWhiteSpace(request.Label) ? null : request.Label.Trim(),
            CreatedAt = now,
            CreatedBy = user.Identity?.Name,
        };
        db.Slots.Add(slot);
        await db.SaveChangesAsync(ct);
        return SlotView.Of(slot);
    }

    /// <summary>What the booking page shows next to the time (上午, 晚间延时): short, no markup.</summary>
    public static void Label(Validation v, string? label)
    {
        if (label is not null && (label.Length > 20 || label.Contains('<', StringComparison.Ordinal) || label.Contains('>', StringComparison.Ordinal) || label.Any(char.IsControl)))
        {
            v.Add("label", "must be at most 20 characters without '<', '>' or control characters");
        }
    }
}
