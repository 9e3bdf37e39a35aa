using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OneWindow.Identity.Domain;

namespace OneWindow.Identity.Features.SignOut;

internal static class SignOut
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/account/logout", async (SignInManager<AppUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return TypedResults.LocalRedirect("~/account/login");
            })
            .RequireAuthorization()
            .ExcludeFromDescription();
}
