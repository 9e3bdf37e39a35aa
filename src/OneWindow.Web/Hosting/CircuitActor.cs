using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Web.Hosting;

/// <summary>Makes every UI event of a Blazor circuit run as the signed-in user, so writes and reveals are audited to them.</summary>
internal sealed class CircuitActor(AuthenticationStateProvider authentication, IHttpContextAccessor http) : CircuitHandler
{
    private ClaimsPrincipal _user = new(new ClaimsIdentity());
    private readonly string? _address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        _user = (await authentication.GetAuthenticationStateAsync()).User;
        authentication.AuthenticationStateChanged += async task => _user = (await task).User;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            ActorContext.Set(_user, _address);
            return next(context);
        };
}

/// <summary>Sets the actor for each HTTP request after authentication.</summary>
internal static class RequestActor
{
    public static IApplicationBuilder UseRequestActor(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            ActorContext.Set(context.User, context.Connection.RemoteIpAddress?.ToString());
            return next(context);
        });
}
