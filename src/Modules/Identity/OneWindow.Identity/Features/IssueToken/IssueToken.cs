using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OneWindow.Identity.Auth;
using OneWindow.Identity.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Auditing;

namespace OneWindow.Identity.Features.IssueToken;

/// <summary>Password grant for API clients. Failures count towards the same lockout as the sign-in page.</summary>
internal static class IssueToken
{
    public sealed record Request(string? UserName, string? Password);

    public sealed record Response(string AccessToken, DateTimeOffset ExpiresAt);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/auth/token", async Task<Results<Ok<Response>, ProblemHttpResult>> (Request request, UserManager<AppUser> users, SignInManager<AppUser> signIn, TokenIssuer issuer, IAuditSink audit, CancellationToken ct) =>
            {
                var validation = new Validation().Required("userName", request.UserName, 256).Required("password", request.Password, 256);
                if (!validation.IsValid)
                {
                    return ApiProblems.Validation(validation);
                }

                var user = await users.FindByNameAsync(request.UserName!);
                if (user is null)
                {
                    return Invalid();
                }

                var result = await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
                if (result.IsLockedOut)
                {
                    await audit.RecordAsync([new AuditRecord(AuditActions.SignInFailed, nameof(AppUser), user.Id.ToString(), "locked out")], ct);
                    return ApiProblems.Unauthorized("auth.locked_out", "The account is locked after repeated failed sign-ins. Try again later or ask an administrator.");
                }

                if (!result.Succeeded)
                {
                    await audit.RecordAsync([new AuditRecord(AuditActions.SignInFailed, nameof(AppUser), user.Id.ToString(), "api token")], ct);
                    return Invalid();
                }

                var principal = await signIn.CreateUserPrincipalAsync(user);
                var (token, expiresAt) = issuer.Issue(principal);
                await audit.RecordAsync([new AuditRecord(AuditActions.SignIn, nameof(AppUser), user.Id.ToString(), "api token")], ct);
                return TypedResults.Ok(new Response(token, expiresAt));
            })
            .AllowPublic()
            .WithTags("Auth");

    private static ProblemHttpResult Invalid() => ApiProblems.Unauthorized("auth.invalid_credentials", "The user name or password is wrong.");
}
