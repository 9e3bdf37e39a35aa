using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Appointments.Data;
using OneWindow.Appointments.Domain;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Appointments.Features.CreateTemplate;

/// <summary>
/// A weekly pattern of slots for one category: "workday" (every working day, 调休上班 included) or one weekday
/// ("mon".."sun"; "sat" is the usual 周六延时). Slots appear when generation runs (daily, or on request).
/// </summary>
internal static class CreateTemplate
{
    public sealed record Request(string? Category, string? Days, string? Start, string? End, int? SlotMinutes, int? Capacity, bool? Extended, string? Label);

    public sealed record TemplateView(Guid Id, string Category, string Days, string Start, string End, int SlotMinutes, int Capacity, bool Extended, string? Label)
    {
        public static TemplateView Of(SlotTemplate t) => new(t.Id, t.Category, Wire.Text(t.Days), Wire.Text(t.Start), Wire.Text(t.End), t.SlotMinutes, t.Capacity, t.Extended, t.Label);
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/halls/{hall}/slot-templates", async Task<Results<Created<TemplateView>, ProblemHttpResult>> (string hall, Request request, ClaimsPrincipal user, AppointmentDesk desk, TimeProvider clock, CancellationToken ct) =>
            {
                var found = await desk.StaffHallAsync(hall, user, ct);
                if (!found.IsSuccess)
                {
                    return found.Error!.ToProblem();
                }

                var result = await HandleAsync(found.Value!, request, desk.Db, clock, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/halls/{hall}/slot-templates", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.Staff)
            .WithTags("Appointments");

    public static async Task<Result<TemplateView>> HandleAsync(HallLayout hall, Request request, AppointmentsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var validated = Validate(hall, request);
        if (!validated.IsSuccess)
        {
            return validated.Error!;
        }

        var template = validated.Value!;
        var siblings = await db.Templates.AsNoTracking().Where(t => t.HallCode == hall.Code && t.Category == template.Category && t.Active).ToListAsync(ct);
        var clash = siblings.FirstOrDefault(t => SlotPlan.ShareDays(t.Days, template.Days) && t.Start < template.End && template.Start < t.End);
        if (clash is not null)
        {
            return Error.Conflict("appointments.template_overlap", $"It overlaps the {Wire.Text(clash.Days)} template {Wire.Text(clash.Start)}-{Wire.Text(clash.End)} of '{clash.Category}'.");
        }

        template.CreatedAt = clock.GetUtcNow();
        db.Templates.Add(template);
        await db.SaveChangesAsync(ct);
        return TemplateView.Of(template);
    }

    /// <summary>Every bad field at once; the template is not stored yet.</summary>
    public static Result<SlotTemplate> Validate(HallLayout hall, Request request)
    {
        var v = new Validation().Required("category", request.Category, 64);
        if (!EnumParsing.TryParseWire<TemplateDays>(request.Days, out var days))
        {
            v.Add("days", $"must be one of {EnumParsing.Allowed<TemplateDays>()}");
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

        if (request.SlotMinutes is not (>= 5 and <= 240))
        {
            v.Add("slotMinutes", "must be 5 to 240");
        }
        else if (end > start && (int)(end - start).TotalMinutes % request.SlotMinutes.Value != 0)
        {
            v.Add("slotMinutes", $"must divide {Wire.Text(start)}-{Wire.Text(end)} evenly");
        }

        if (request.Capacity is not (>= 1 and <= CreateSlot.CreateSlot.MaxCapacity))
        {
            v.Add("capacity", $"must be 1 to {CreateSlot.CreateSlot.MaxCapacity}");
        }

        CreateSlot.CreateSlot.Label(v, request.Label);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        if (hall.Category(request.Category!) is null)
        {
            return AppointmentDesk.UnknownCategory(hall.Code, request.Category);
        }

        return new SlotTemplate
        {
            HallCode = hall.Code,
            Category = request.Category!,
            Days = days,
            Start = start,
            End = end,
            SlotMinutes = request.SlotMinutes!.Value,
            Capacity = request.Capacity!.Value,
            Extended = request.Extended ?? false,
            Label = string.IsNullOrWhiteSpace(request.Label) ? null : request.Label.Trim(),
        };
    }
}
