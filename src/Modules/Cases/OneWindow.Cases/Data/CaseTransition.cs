using System.Security.Claims;
using OneWindow.Cases.Domain;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Cases.Data;

/// <summary>The short answer of a state change.</summary>
internal sealed record CaseState(Guid Id, string Number, string Status, DateOnly? Deadline);

/// <summary>A state change: find the case, check the state it is in, apply, record one event. Validation comes first.</summary>
internal static class CaseTransition
{
    public static async Task<Result<CaseState>> RunAsync(
        CaseDesk desk, Guid id, ClaimsPrincipal user, string verb, CaseStatus[] from, Func<Case, Task<Result<string?>>> apply, string action, CancellationToken ct)
    {
        var found = await desk.FindAsync(id, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var c = found.Value!;
        if (!from.Contains(c.Status))
        {
            return CaseDesk.InvalidTransition(c, verb);
        }

        var applied = await apply(c);
        if (!applied.IsSuccess)
        {
            desk.Db.ChangeTracker.Clear();
            return applied.Error!;
        }

        var saved = await desk.SaveAsync(c, user, action, applied.Value, ct);
        return saved.IsSuccess ? new CaseState(c.Id, c.Number, CaseDesk.Wire(c.Status), c.Deadline) : saved.Error!;
    }

    public static Task<Result<string?>> Done(string? detail) => Task.FromResult(Result<string?>.Ok(detail));
}
