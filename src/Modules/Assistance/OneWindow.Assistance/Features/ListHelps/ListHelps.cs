using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Assistance.Data;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Assistance.Features.ListHelps;

/// <summary>帮办记录 of a month (China time, default this month), newest first, for the centers the user may see (or one of them).</summary>
internal static class ListHelps
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/assistance/helps", async Task<Results<Ok<IReadOnlyList<HelpView>>, ProblemHttpResult>> (string? month, string? center, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct) =>
                (await HandleAsync(month, center, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.AssistanceStaff)
            .WithTags("Assistance");
        app.MapGet("/api/v1/assistance/helps/{id:guid}", async Task<Results<Ok<HelpDetail>, ProblemHttpResult>> (Guid id, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct) =>
                (await GetAsync(id, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.AssistanceStaff)
            .WithTags("Assistance");
    }

    public static async Task<Result<IReadOnlyList<HelpView>>> HandleAsync(string? month, string? center, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct)
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
        var rows = await desk.Db.Helps.AsNoTracking().Where(h => h.StartedAt >= from && h.StartedAt < to && (center == null || h.CenterCode == center)).ToListAsync(ct);
        return rows.Where(h => scope.Contains(h.CenterCode)).OrderByDescending(h => h.StartedAt).Select(h => HelpView.Of(h, desk)).ToList();
    }

    public static async Task<Result<HelpDetail>> GetAsync(Guid id, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct)
    {
        var scope = await desk.ScopeAsync(user, ct);
        var record = await desk.Db.Helps.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, ct);
        if (record is null || !scope.Contains(record.CenterCode))
        {
            return HelpView.NotFound(id);
        }

        return new HelpDetail(HelpView.Of(record, desk), await desk.HistoryAsync(id, ct));
    }
}
