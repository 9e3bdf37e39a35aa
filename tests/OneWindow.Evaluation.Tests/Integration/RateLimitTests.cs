using System.Net;
using OneWindow.Testing;

namespace OneWindow.Evaluation.Tests.Integration;

/// <summary>The public rating endpoint shares the per-client limit of the other public endpoints.</summary>
[Trait("Category", "Integration")]
public sealed class RateLimitTests
{
    [Fact]
    public async Task A_client_rating_too_often_gets_429_and_nothing_more_is_looked_at()
    {
        await using var app = new AppFactory(settings: new Dictionary<string, string?> { ["OneWindow:RateLimits:Enabled"] = "true", ["OneWindow:RateLimits:PublicPerMinute"] = "3" });
        var visitor = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await (await visitor.PostJsonAsync("/api/v1/evaluations", new { channel = "onsite", ticketId = Guid.NewGuid(), grade = 5 })).ExpectProblemAsync(HttpStatusCode.NotFound, "evaluation.ticket_not_found");
        }

        await (await visitor.PostJsonAsync("/api/v1/evaluations", new { channel = "onsite", ticketId = Guid.NewGuid(), grade = 5 })).ExpectProblemAsync(HttpStatusCode.TooManyRequests, "request.rate_limited");
    }
}
