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
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Features.ListPosts;

/// <summary>岗位: the posts of the user's centers (or one center's subtree) with their A and B holders.</summary>
internal static class ListPosts
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/workforce/posts", async Task<Results<Ok<IReadOnlyList<PostView>>, ProblemHttpResult>> (string? center, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await HandleAsync(center, await desk.ScopeAsync(user, ct), desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Workforce");

    public static async Task<Result<IReadOnlyList<PostView>>> HandleAsync(string? center, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        var centers = await CentersAsync(center, scope, desk, ct);
        if (!centers.IsSuccess)
        {
            return centers.Error!;
        }

        var codes = centers.Value!.ToList();
        var posts = await desk.Db.Posts.AsNoTracking().Where(p => codes.Contains(p.CenterCode)).ToListAsync(ct);
        return Result<IReadOnlyList<PostView>>.Ok(await ViewsAsync(posts, desk, ct));
    }

    /// <summary>The centers to list: a center's subtree within the user's scope, or every center the user sees.</summary>
    public static async Task<Result<IReadOnlyCollection<string>>> CentersAsync(string? center, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(center))
        {
            if (scope.IsEverything)
            {
                var all = await desk.Organization.CentersAsync(CenterScope.Everything, ct);
                return all.Select(c => c.Code).ToList();
            }

            return Result<IReadOnlyCollection<string>>.Ok(scope.Codes);
        }

        if (await desk.CheckCenterAsync(center, scope, "center", ct) is { } error)
        {
            return error;
        }

        return (await desk.SubtreeAsync(center, ct)).Where(scope.Contains).ToList();
    }

    public static async Task<IReadOnlyList<PostView>> ViewsAsync(IReadOnlyList<Post> posts, WorkforceDesk desk, CancellationToken ct)
    {
        var ids = posts.Select(p => p.Id).ToList();
        var holders = await desk.Db.Holders.AsNoTracking().Where(h => ids.Contains(h.PostId))
            .Join(desk.Db.Staff.AsNoTracking(), h => h.StaffId, s => s.Id, (h, s) => new { h.PostId, h.Role, s.Code, s.DisplayName })
            .ToListAsync(ct);
        var byPost = holders.ToLookup(h => h.PostId);
        return posts.OrderBy(p => p.CenterCode.Length).ThenBy(p => p.CenterCode, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new PostView(
                p.Code, p.Name, p.Type, p.CenterCode, p.Headcount, p.Skills,
                byPost[p.Id].Where(h => h.Role == HolderRole.A).OrderBy(h => h.Code, StringComparer.Ordinal).Select(h => new PersonRef(h.Code, h.DisplayName)).ToList(),
                byPost[p.Id].Where(h => h.Role == HolderRole.B).OrderBy(h => h.Code, StringComparer.Ordinal).Select(h => new PersonRef(h.Code, h.DisplayName)).ToList()))
            .ToList();
    }
}
