using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OneWindow.Testing;

namespace OneWindow.Identity.Tests.Integration;

/// <summary>An account's approving department (审批部门): set and cleared by the user administrator, carried in the token.</summary>
[Trait("Category", "Integration")]
public sealed class DepartmentTests(DemoApp app) : IClassFixture<DemoApp>
{
    private static async Task<JsonElement> TokenClaimsAsync(HttpClient client, string userName)
    {
        var token = await (await client.PostJsonAsync("/api/v1/auth/token", new { userName, password = "Review#2026x" })).ExpectAsync(HttpStatusCode.OK);
        var payload = token.GetProperty("accessToken").GetString()!.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))).RootElement.Clone();
    }

    private static async Task<JsonElement> UserAsync(HttpClient admin, string userName)
    {
        var users = await (await admin.GetAsync(new Uri("/api/v1/users", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);
        return users.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == userName);
    }

    [Fact]
    public async Task The_demo_reviewers_token_names_its_department()
    {
        var client = app.CreateClient();
        var token = await (await client.PostJsonAsync("/api/v1/auth/token", new { userName = "mzj.zhou", password = AppFactory.DemoPassword })).ExpectAsync(HttpStatusCode.OK);
        var payload = token.GetProperty("accessToken").GetString()!.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        var claims = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))).RootElement;
        Assert.Equal("sjs-mzj", claims.GetProperty("ow:department").GetString());
        Assert.Equal("sjs-scjgj", (await UserAsync(await app.ClientForAsync(), "scjgj.wu")).GetProperty("department").GetString());
    }

    [Fact]
    public async Task A_department_is_set_validated_and_cleared_and_the_token_follows()
    {
        var admin = await app.ClientForAsync();
        await (await admin.PostJsonAsync("/api/v1/users", new { userName = "dept-new", displayName = "部门新建", password = "Review#2026x", roles = new[] { "DepartmentReviewer" }, centers = new[] { "sjs" }, department = "no-such-dept" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.DoesNotContain((await (await admin.GetAsync(new Uri("/api/v1/users", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK)).EnumerateArray(), u => u.GetProperty("userName").GetString() == "dept-new");

        await (await admin.PostJsonAsync("/api/v1/users", new { userName = "dept-new", displayName = "部门新建", password = "Review#2026x", roles = new[] { "DepartmentReviewer" }, centers = new[] { "sjs" }, department = "sjs-rsj" }))
            .ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("sjs-rsj", (await UserAsync(admin, "dept-new")).GetProperty("department").GetString());
        Assert.Equal("sjs-rsj", (await TokenClaimsAsync(app.CreateClient(), "dept-new")).GetProperty("ow:department").GetString());

        // An unknown code is refused naming the field, and the stored department stays.
        var fields = await (await admin.PutAsJsonAsync(new Uri("/api/v1/users/dept-new/department", UriKind.Relative), new { department = "sjs-nowhere" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["department"], fields);
        Assert.Equal("sjs-rsj", (await UserAsync(admin, "dept-new")).GetProperty("department").GetString());

        var moved = await (await admin.PutAsJsonAsync(new Uri("/api/v1/users/dept-new/department", UriKind.Relative), new { department = "sjs-ybj" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("sjs-ybj", moved.GetProperty("department").GetString());
        Assert.Equal("sjs-ybj", (await TokenClaimsAsync(app.CreateClient(), "dept-new")).GetProperty("ow:department").GetString());

        await (await admin.PutAsJsonAsync(new Uri("/api/v1/users/dept-new/department", UriKind.Relative), new { department = (string?)null })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, (await UserAsync(admin, "dept-new")).GetProperty("department").ValueKind);
        Assert.False((await TokenClaimsAsync(app.CreateClient(), "dept-new")).TryGetProperty("ow:department", out _));

        await (await admin.PutAsJsonAsync(new Uri("/api/v1/users/nobody-here/department", UriKind.Relative), new { department = "sjs-ybj" }))
            .ExpectProblemAsync(HttpStatusCode.NotFound, "identity.user_not_found");
    }

    [Fact]
    public async Task Only_the_user_administrator_sets_departments()
    {
        var reviewer = await app.ClientForAsync("mzj.zhou");
        await (await reviewer.PutAsJsonAsync(new Uri("/api/v1/users/mzj.zhou/department", UriKind.Relative), new { department = "sjs-scjgj" }))
            .ExpectProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        Assert.Equal("sjs-mzj", (await UserAsync(await app.ClientForAsync(), "mzj.zhou")).GetProperty("department").GetString());
    }
}
