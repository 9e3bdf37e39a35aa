using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Appointments.Data;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Appointments.Features.ListSlots;

/// <summary>The slots of a hall on a date (optionally of one category), for the public booking page and the hotline.</summary>
internal static class ListSlots
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/halls/{hall}/slots", async (string hall, string? date, string? category, AppointmentDesk desk, CancellationToken ct) => (await HandleAsync(hall, date, category, desk, ct)).ToOk())
            .AllowPublic()
            .WithTags("Appointments");

    public static async Task<Result<IReadOnlyList<SlotView>>> HandleAsync(string hallCode, string? date, string? category, AppointmentDesk desk, CancellationToken ct)
    {
        var hall = await desk.PublicHallAsync(hallCode, ct);
        if (!hall.IsSuccess)
        {
            return hall.Error!;
        }

        if (!Wire.TryDate(date, out var day))
        {
            return Error.Invalid("date", "is required: a date YYYY-MM-DD");
        }

        if (category is not null && hall.Value!.Category(category) is null)
        {
            return AppointmentDesk.UnknownCategory(hallCode, category);
        }

        var slots = await desk.Db.Slots.AsNoTracking()
            .Where(s => s.HallCode == hallCode && s.Date == day && !s.Cancelled && (category == null || s.Category == category))
            .ToListAsync(ct);
        return slots
            .OrderBy(s => s.Start).ThenBy(s => s.Category, StringComparer.Ordinal)
            .Select(SlotView.Of)
            .ToList();
    }
}
