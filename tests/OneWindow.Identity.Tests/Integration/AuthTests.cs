using System.Net;
using OneWindow.Testing;

namespace OneWindow.Identity.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class AuthTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_demo_admin_gets_a_bearer_token_that_opens_the_api()
    {
        var client = app.CreateClient();
        var token = await (await client.PostJsonAsync("/api/v1/auth/token", new { userName = "admin", password = AppFactory.DemoPassword })).ExpectAsync(HttpStatusCode.OK);

        Assert.False(string.IsNullOrEmpty(token.GetProperty("accessToken").GetString()));
        var expires = token.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expires, DateTimeOffset.UtcNow.AddMinutes(5), DateTimeOffset.UtcNow.AddHours(2));
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        await (await client.GetAsync("/api/v1/halls")).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_forged_or_missing_token_is_401()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        await (await client.GetAsync("/api/v1/halls")).ExpectProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task Wrong_passwords_are_refused_and_the_fifth_locks_the_account_even_for_the_right_password()
    {
        var admin = await app.ClientForAsync();
        await (await admin.PostJsonAsync("/api/v1/users", new { userName = "lock-me", displayName = "锁定测试", password = "Correct#2026", roles = new[] { "Guide" }, centers = new[] { "sjs" } }))
            .ExpectAsync(HttpStatusCode.Created);
        var client = app.CreateClient();

        for (var i = 1; i <= 4; i++)
        {
            await (await client.PostJsonAsync("/api/v1/auth/token", new { userName = "lock-me", password = "Wrong#2026x" }))
                .ExpectProblemAsync(HttpStatusCode.Unauthorized, "auth.invalid_credentials");
        }

        await (await client.PostJsonAsync("/api/v1/auth/token", new { userName = "lock-me", password = "Wrong#2026x" }))
            .ExpectProblemAsync(HttpStatusCode.Unauthorized, "auth.locked_out");
        await (await client.PostJsonAsync("/api/v1/auth/token", new { userName = "lock-me", password = "Correct#2026" }))
            .ExpectProblemAsync(HttpStatusCode.Unauthorized, "auth.locked_out");
        await (await client.PostJsonAsync("/api/v1/auth/token", new { userName = "nobody", password = "Whatever#2026" }))
            .ExpectProblemAsync(HttpStatusCode.Unauthorized, "auth.invalid_credentials");
    }

    [Theory]
    [InlineData("Sh0rt!x")]
    [InlineData("alllowercase123")]
    [InlineData("ONLYUPPERCASE!!")]
    public async Task Passwords_need_ten_characters_of_three_kinds(string password)
    {
        var admin = await app.ClientForAsync();
        var fields = await (await admin.PostJsonAsync("/api/v1/users", new { userName = "weak-" + password.Length, displayName = "弱密码", password, roles = new[] { "Guide" }, centers = new[] { "sjs" } }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["password"], fields);
        await (await admin.PostJsonAsync("/api/v1/auth/token", new { userName = "weak-" + password.Length, password }))
            .ExpectProblemAsync(HttpStatusCode.Unauthorized, "auth.invalid_credentials");
    }

    [Fact]
    public async Task Only_system_admins_manage_users()
    {
        var admin = await app.ClientForAsync();
        await (await admin.PostJsonAsync("/api/v1/users", new { userName = "pm-only", displayName = "项目经理", password = "Project#2026", roles = new[] { "ProjectManager" }, centers = new[] { "sjs" } }))
            .ExpectAsync(HttpStatusCode.Created);
        var manager = await app.ClientForAsync("pm-only", "Project#2026");
        await (await manager.GetAsync("/api/v1/users")).ExpectProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await manager.GetAsync("/api/v1/audit")).ExpectProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }
}
