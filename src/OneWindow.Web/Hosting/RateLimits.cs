using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OneWindow.Web.Hosting;

/// <summary>The "public" policy: a fixed window per client address for routes that need no sign-in.</summary>
internal static class RateLimits
{
    public const string Public = "public";

    public static IServiceCollection AddOneWindowRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var enabled = configuration.GetValue("OneWindow:RateLimits:Enabled", true);
        var permits = configuration.GetValue("OneWindow:RateLimits:PublicPerMinute", 60);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.ContentType = "application/problem+json";
                await context.HttpContext.Response.WriteAsJsonAsync(
                    new { title = "Too many requests from this address; try again in a minute.", status = 429, code = "request.rate_limited" }, ct);
            };
            o.AddPolicy(Public, context => enabled
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("off"));
        });
        return services;
    }
}
