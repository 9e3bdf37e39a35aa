using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Assistance.Data;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Assistance.Features.FinishHelp;

/// <summary>帮办结束: the window the visitor was escorted to and what came of it. Once only.</summary>
internal static class FinishHelp
{
    public sealed record Request(string? WindowCode, string? Outcome);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/assistance/helps/{id:guid}/finish", async Task<Results<Ok<HelpView>, ProblemHttpResult>> (Guid id, Request request, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct) =>
                (await HandleAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.AssistanceStaff)
            .WithTags("Assistance");

    public static async Task<Result<HelpView>> HandleAsync(Guid id, Request request, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var v = new Validation();
        v.Required("outcome", request.Outcome, 1000);
        if (request.WindowCode is not null)
        {
            v.Code("windowCode", request.WindowCode);
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var scope = await desk.ScopeAsync(user, ct);
        var record = await desk.Db.Helps.FirstOrDefaultAsync(h => h.Id == id, ct);
        if (record is null || !scope.Contains(record.CenterCode))
        {
            return HelpView.NotFound(id);
        }

        if (record.FinishedAt is not null)
        {
            return AssistanceDesk.Illegal("assistance.help_finished", "finished", "finished again");
        }

        if (request.WindowCode is not null && !await desk.WindowExistsAsync(record.HallCode, request.WindowCode, ct))
        {
            return Error.Invalid("windowCode", $"'{request.WindowCode}' is not a window of {record.HallCode}", "assistance.unknown_window");
        }

        record.FinishedAt = desk.Now;
        record.Outcome = request.Outcome!.Trim();
        record.WindowCode = request.WindowCode ?? record.WindowCode;
        record.Revision++;
        desk.Record(record.Id, user, "help-finished", record.WindowCode);
        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AssistanceDesk.Changed("assistance.help_finished");
        }

        return HelpView.Of(record, desk);
    }
}
