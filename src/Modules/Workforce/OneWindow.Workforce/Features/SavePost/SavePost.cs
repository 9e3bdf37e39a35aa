using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Data;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Features.SavePost;

/// <summary>Adds a post to a center (POST) or changes its name, type, headcount and skills (PUT); the code and center stay.</summary>
internal static class SavePost
{
    public const int MaxHeadcount = 50;

    public sealed record Request(string? Code, string? Name, string? Type, string? CenterCode, int? Headcount, IReadOnlyList<string>? Skills);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/workforce/posts", async Task<Results<Created<PostView>, ProblemHttpResult>> (Request request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
            {
                var result = await CreateAsync(request, await desk.ScopeAsync(user, ct), desk, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/workforce/posts/{result.Value!.Code}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");
        app.MapPut("/api/v1/workforce/posts/{code}", async Task<Results<Ok<PostView>, ProblemHttpResult>> (string code, Request request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await UpdateAsync(code, request, await desk.ScopeAsync(user, ct), desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");
    }

    public static async Task<Result<PostView>> CreateAsync(Request request, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        var v = new Validation().Code("code", request.Code);
        var skills = Validate(v, request);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        if (await desk.CheckCenterAsync(request.CenterCode, scope, "centerCode", ct) is { } error)
        {
            return error;
        }

        var code = request.Code!.Trim();
        if (await desk.Db.Posts.AnyAsync(p => p.Code == code, ct))
        {
            return Taken(code);
        }

        var post = new Post
        {
            Code = code,
            Name = request.Name!.Trim(),
            Type = request.Type!.Trim(),
            CenterCode = request.CenterCode!,
            Headcount = request.Headcount!.Value,
            Skills = skills,
            CreatedAt = desk.Now,
        };
        desk.Db.Posts.Add(post);
        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return Taken(code);
        }

        return (await ListPosts.ListPosts.ViewsAsync([post], desk, ct))[0];
    }

    public static async Task<Result<PostView>> UpdateAsync(string code, Request request, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        var v = new Validation();
        var skills = Validate(v, request, requireCenter: false);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var post = await desk.Db.Posts.FirstOrDefaultAsync(p => p.Code == code, ct);
        if (post is null || !scope.Contains(post.CenterCode))
        {
            return WorkforceDesk.PostNotFound(code);
        }

        var holders = await desk.Db.Holders.CountAsync(h => h.PostId == post.Id && h.Role == HolderRole.A, ct);
        if (request.Headcount!.Value < holders)
        {
            return Error.Conflict("workforce.headcount_below_holders", $"The post has {holders} A holders; remove some before lowering the headcount to {request.Headcount}.");
        }

        post.Name = request.Name!.Trim();
        post.Type = request.Type!.Trim();
        post.Headcount = request.Headcount.Value;
        post.Skills = skills;
        await desk.Db.SaveChangesAsync(ct);
        return (await ListPosts.ListPosts.ViewsAsync([post], desk, ct))[0];
    }

    private static List<string> Validate(Validation v, Request request, bool requireCenter = true)
    {
        v.Name("name", request.Name, 100).Name("type", request.Type, 32);
        if (requireCenter)
        {
            v.Required("centerCode", request.CenterCode, 64);
        }

        if (request.Headcount is not (>= 1 and <= MaxHeadcount))
        {
            v.Add("headcount", $"must be 1 to {MaxHeadcount}");
        }

        return Fields.Labels(v, "skills", request.Skills);
    }

    private static Error Taken(string code) => Error.Conflict("workforce.post_code_taken", $"A post with code '{code}' exists already.");
}
