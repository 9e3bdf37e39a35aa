using System.Net;
using OneWindow.Testing;

namespace OneWindow.Web.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class PlatformTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Health_endpoints_answer_when_the_database_does()
    {
        var client = app.CreateClient();
        await (await client.GetAsync("/healthz")).ExpectAsync(HttpStatusCode.OK);
        await (await client.GetAsync("/healthz/ready")).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_fixed_routes_and_the_reference_ui_is_served()
    {
        var client = app.CreateClient();
        var document = await (await client.GetAsync("/openapi/v1.json")).ExpectAsync(HttpStatusCode.OK);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/v1/auth/token", "/api/v1/org/centers", "/api/v1/halls", "/api/v1/halls/{hall}/windows", "/api/v1/org/departments", "/api/v1/org/units" })
        {
            Assert.Contains(path, paths);
        }

        var scalar = await client.GetAsync("/scalar");
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_anonymous_visitors_are_sent_to_sign_in()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var home = await client.GetAsync("/org/centers");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/account/login", home.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var login = await client.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("default-src 'self'", login.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", login.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", login.Headers.GetValues("X-Frame-Options").Single());
        var html = WebUtility.HtmlDecode(await login.Content.ReadAsStringAsync());
        Assert.Contains("登录", html, StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_speaks_english_after_the_language_switch()
    {
        var client = app.CreateClient();
        var english = await client.GetAsync("/culture/en?returnUrl=/account/login");
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        var html = WebUtility.HtmlDecode(await english.Content.ReadAsStringAsync());
        Assert.Contains("Sign in to OneWindow", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", html, StringComparison.Ordinal);
    }
}

/// <summary>Settings that change start-up get their own host.</summary>
[Trait("Category", "Integration")]
public sealed class PlatformSettingsTests
{
    [Fact]
    public async Task Public_routes_are_rate_limited_per_client_address()
    {
        using var app = new AppFactory(settings: new Dictionary<string, string?> { ["OneWindow:RateLimits:Enabled"] = "true", ["OneWindow:RateLimits:PublicPerMinute"] = "3" });
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await (await client.PostJsonAsync("/api/v1/auth/token", new { userName = "nobody", password = "Nothing#2026" })).ExpectAsync(HttpStatusCode.Unauthorized);
        }

        await (await client.PostJsonAsync("/api/v1/auth/token", new { userName = "nobody", password = "Nothing#2026" })).ExpectProblemAsync(HttpStatusCode.TooManyRequests, "request.rate_limited");
    }

    [Fact]
    public async Task No_demo_user_exists_without_a_demo_scenario()
    {
        using var app = new AppFactory(scenario: "none");
        var client = app.CreateClient();
        await (await client.PostJsonAsync("/api/v1/auth/token", new { userName = "admin", password = AppFactory.DemoPassword }))
            .ExpectProblemAsync(HttpStatusCode.Unauthorized, "auth.invalid_credentials");
        await (await client.GetAsync("/healthz/ready")).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_wushen_scenario_loads_the_banner_center_its_six_towns_and_park_stations()
    {
        using var app = new AppFactory(scenario: "wushen");
        var client = await app.ClientForAsync();
        var tree = await (await client.GetAsync("/api/v1/org/centers")).ExpectAsync(HttpStatusCode.OK);
        var root = Assert.Single(tree.EnumerateArray());
        Assert.Contains("乌审旗", root.GetProperty("name").GetString(), StringComparison.Ordinal);
        var towns = root.GetProperty("children").EnumerateArray().Where(c => c.GetProperty("level").GetString() == "street").ToList();
        Assert.Equal(6, towns.Count);
        var stations = towns.SelectMany(t => t.GetProperty("children").EnumerateArray())
            .Concat(root.GetProperty("children").EnumerateArray())
            .Count(c => c.GetProperty("level").GetString() == "station");
        Assert.True(stations >= 2, $"{stations} park stations");
    }

    [Fact]
    public async Task Readiness_fails_when_the_database_does_not_answer()
    {
        using var app = new AppFactory(postgres: false, settings: new Dictionary<string, string?>
        {
            ["OneWindow:Database:Provider"] = "Postgres",
            ["ConnectionStrings:OneWindow"] = "Host=127.0.0.1;Port=1;Database=none;Timeout=2",
            ["OneWindow:Database:MigrateOnStart"] = "false",
        });
        var client = app.CreateClient();
        await (await client.GetAsync("/healthz")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz/ready")).StatusCode);
    }
}
