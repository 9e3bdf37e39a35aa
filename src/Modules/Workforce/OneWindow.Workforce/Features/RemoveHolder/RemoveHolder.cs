using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Data;

namespace OneWindow.Workforce.Features.RemoveHolder;

/// <summary>Takes one person off a post's A or B holders; the vacancy ledger sees it at once.</summary>
internal static class RemoveHolder
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/v1/workforce/posts/{code}/holders/{staffCode}", async Task<Results<Ok<PostView>, ProblemHttpResult>> (string code, string staffCode, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await HandleAsync(code, staffCode, await desk.ScopeAsync(user, ct), desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");

    public static async Task<Result<PostView>> HandleAsync(string code, string staffCode, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        var db = desk.Db;
        var post = await db.Posts.AsNoTracking().FirstOrDefaultAsync(p => p.Code == code, ct);
        if (post is null || !scope.Contains(post.CenterCode))
        {
            return WorkforceDesk.PostNotFound(code);
        }

        var staff = await desk.StaffByCodeAsync(staffCode, tracked: false, ct);
        var holder = staff is null ? null : await db.Holders.FirstOrDefaultAsync(h => h.PostId == post.Id && h.StaffId == staff.Id, ct);
        if (holder is null)
        {
            return Error.NotFound("workforce.not_a_holder", $"'{staffCode}' holds no role on post {code}.");
        }

        db.Holders.Remove(holder);
        await db.SaveChangesAsync(ct);
        return (await ListPosts.ListPosts.ViewsAsync([post], desk, ct))[0];
    }
}
