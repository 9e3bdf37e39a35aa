using System.Net;
using System.Text.Json;
using OneWindow.Testing;

namespace OneWindow.Organization.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class OrganizationApiTests(DemoApp app) : IClassFixture<DemoApp>
{
    private static readonly string[] Streets = ["八宝山", "老山", "八角", "古城", "苹果园", "金顶街", "广宁", "五里坨", "鲁谷"];

    [Fact]
    public async Task The_demo_district_has_its_nine_streets_under_one_center()
    {
        var client = await app.ClientForAsync();
        var tree = await (await client.GetAsync("/api/v1/org/centers")).ExpectAsync(HttpStatusCode.OK);

        var root = Assert.Single(tree.EnumerateArray());
        Assert.Equal("sjs", root.GetProperty("code").GetString());
        Assert.Equal("district", root.GetProperty("level").GetString());
        var streetNames = root.GetProperty("children").EnumerateArray().Where(c => c.GetProperty("level").GetString() == "street").Select(c => c.GetProperty("name").GetString()!).ToList();
        Assert.Equal(9, streetNames.Count);
        foreach (var street in Streets)
        {
            Assert.Contains(streetNames, n => n.Contains(street, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_district_hall_has_at_least_24_windows_of_every_kind()
    {
        var client = await app.ClientForAsync();
        var windows = await (await client.GetAsync("/api/v1/halls/sjs-hall/windows")).ExpectAsync(HttpStatusCode.OK);

        Assert.True(windows.GetArrayLength() >= 24, $"only {windows.GetArrayLength()} windows");
        var kinds = windows.EnumerateArray().Select(w => w.GetProperty("kind").GetString()).ToHashSet();
        foreach (var kind in new[] { "comprehensive", "bundle", "cross-region", "caring", "assisted", "issuance", "consultation" })
        {
            Assert.Contains(kind, kinds);
        }

        Assert.All(windows.EnumerateArray(), w => Assert.Contains(w.GetProperty("status").GetString(), new[] { "open", "paused", "closed" }));
    }

    [Fact]
    public async Task An_admin_adds_a_street_center_a_hall_a_category_and_a_window_and_sees_them_listed()
    {
        var client = await app.ClientForAsync();
        await (await client.PostJsonAsync("/api/v1/org/centers", new { code = "sjs-test-street", name = "测试街道政务服务中心", level = "street", parentCode = "sjs" })).ExpectAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync("/api/v1/halls", new { code = "sjs-test-hall", name = "测试街道大厅", centerCode = "sjs-test-street" })).ExpectAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync("/api/v1/halls/sjs-test-hall/categories", new { code = "personal", name = "个人事项", ticketPrefix = "B" })).ExpectAsync(HttpStatusCode.Created);
        var window = await (await client.PostJsonAsync("/api/v1/halls/sjs-test-hall/windows", new { code = "01", name = "1号综合窗口", kind = "comprehensive", categories = new[] { "personal" } })).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("closed", window.GetProperty("status").GetString());

        var tree = await (await client.GetAsync("/api/v1/org/centers")).ReadAsync();
        Assert.Contains(tree[0].GetProperty("children").EnumerateArray(), c => c.GetProperty("code").GetString() == "sjs-test-street");
        var halls = await (await client.GetAsync("/api/v1/halls")).ReadAsync();
        Assert.Contains(halls.EnumerateArray(), h => h.GetProperty("code").GetString() == "sjs-test-hall" && h.GetProperty("centerCode").GetString() == "sjs-test-street");
        var windows = await (await client.GetAsync("/api/v1/halls/sjs-test-hall/windows")).ReadAsync();
        var listed = Assert.Single(windows.EnumerateArray());
        Assert.Equal("1号综合窗口", listed.GetProperty("name").GetString());
        Assert.Equal(["personal"], listed.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));

        var audit = await (await client.GetAsync("/api/v1/audit?entityType=Window")).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "create" && e.GetProperty("actor").GetString() == "admin");
    }

    [Fact]
    public async Task Bad_fields_are_all_named_and_nothing_is_stored()
    {
        var client = await app.ClientForAsync();
        var before = await CountCentersAsync(client);

        var fields = await (await client.PostJsonAsync("/api/v1/org/centers", new { code = "bad code!", name = "<script>alert(1)</script>", level = "planet", parentCode = "sjs" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        Assert.Equal(["code", "level", "name"], fields.Order(StringComparer.Ordinal));
        Assert.Equal(before, await CountCentersAsync(client));
    }

    [Fact]
    public async Task Malformed_json_wrong_types_and_oversize_bodies_are_client_errors()
    {
        var client = await app.ClientForAsync();
        var before = await CountCentersAsync(client);

        await (await client.PostRawAsync("/api/v1/org/centers", "{\"code\": \"x\", ")).ExpectProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        var typed = await (await client.PostRawAsync("/api/v1/org/centers", "{\"code\": \"x1\", \"name\": 123, \"level\": \"street\", \"parentCode\": \"sjs\"}"))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        Assert.Contains("name", typed);
        var huge = "{\"code\":\"big\",\"name\":\"" + new string('长', 600_000) + "\"}";
        await (await client.PostRawAsync("/api/v1/org/centers", huge)).ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge, "request.too_large");
        Assert.Equal(before, await CountCentersAsync(client));
    }

    [Fact]
    public async Task A_window_must_serve_categories_of_its_own_hall_and_codes_are_unique()
    {
        var client = await app.ClientForAsync();
        var fields = await (await client.PostJsonAsync("/api/v1/halls/sjs-hall/windows", new { code = "T1", name = "测试窗口", kind = "teleport", categories = new[] { "no-such-category" } }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["categories", "kind"], fields.Order(StringComparer.Ordinal));

        var first = (await (await client.GetAsync("/api/v1/halls/sjs-hall/windows")).ReadAsync())[0];
        var category = first.GetProperty("categories")[0].GetString();
        await (await client.PostJsonAsync("/api/v1/halls/sjs-hall/windows", new { code = first.GetProperty("code").GetString(), name = "重复", kind = "comprehensive", categories = new[] { category } }))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "org.duplicate_code");
    }

    [Fact]
    public async Task Unknown_halls_are_404_and_missing_or_weak_credentials_are_401_and_403()
    {
        var admin = await app.ClientForAsync();
        await (await admin.GetAsync("/api/v1/halls/no-such-hall/windows")).ExpectProblemAsync(HttpStatusCode.NotFound, "org.hall_not_found");

        var anonymous = app.CreateClient();
        await (await anonymous.GetAsync("/api/v1/org/centers")).ExpectProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");

        await (await admin.PostJsonAsync("/api/v1/users", new { userName = "clerk-403", displayName = "窗口人员", password = "Window#2026a", roles = new[] { "WindowClerk" }, centers = new[] { "sjs" } }))
            .ExpectAsync(HttpStatusCode.Created);
        var clerk = await app.ClientForAsync("clerk-403", "Window#2026a");
        await (await clerk.PostJsonAsync("/api/v1/org/centers", new { code = "sjs-x", name = "越权", level = "street", parentCode = "sjs" }))
            .ExpectProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task A_street_clerk_sees_only_their_own_street()
    {
        var admin = await app.ClientForAsync();
        var halls = await (await admin.GetAsync("/api/v1/halls")).ReadAsync();
        var streetHall = halls.EnumerateArray().First(h => h.GetProperty("centerCode").GetString() != "sjs");
        var street = streetHall.GetProperty("centerCode").GetString()!;
        var otherStreetHall = halls.EnumerateArray().First(h => h.GetProperty("centerCode").GetString() is { } c && c != "sjs" && c != street);

        await (await admin.PostJsonAsync("/api/v1/users", new { userName = "street-clerk", displayName = "街道窗口人员", password = "Street#2026a", roles = new[] { "WindowClerk" }, centers = new[] { street } }))
            .ExpectAsync(HttpStatusCode.Created);
        var clerk = await app.ClientForAsync("street-clerk", "Street#2026a");

        var tree = await (await clerk.GetAsync("/api/v1/org/centers")).ReadAsync();
        var root = Assert.Single(tree.EnumerateArray());
        Assert.Equal(street, root.GetProperty("code").GetString());
        var visibleHalls = await (await clerk.GetAsync("/api/v1/halls")).ReadAsync();
        Assert.All(visibleHalls.EnumerateArray(), h => Assert.Equal(street, h.GetProperty("centerCode").GetString()));
        await (await clerk.GetAsync($"/api/v1/halls/{streetHall.GetProperty("code").GetString()}/windows")).ExpectAsync(HttpStatusCode.OK);
        await (await clerk.GetAsync($"/api/v1/halls/{otherStreetHall.GetProperty("code").GetString()}/windows")).ExpectProblemAsync(HttpStatusCode.NotFound, "org.hall_not_found");
        await (await clerk.GetAsync("/api/v1/halls/sjs-hall/windows")).ExpectProblemAsync(HttpStatusCode.NotFound, "org.hall_not_found");
    }

    [Fact]
    public async Task Departments_and_handling_units_are_listed_by_code()
    {
        var client = await app.ClientForAsync();
        var departments = await (await client.GetAsync("/api/v1/org/departments")).ExpectAsync(HttpStatusCode.OK);
        Assert.True(departments.GetArrayLength() >= 10);
        Assert.All(departments.EnumerateArray(), d => Assert.False(string.IsNullOrEmpty(d.GetProperty("name").GetString())));

        var units = await (await client.GetAsync("/api/v1/org/units?kind=handling")).ExpectAsync(HttpStatusCode.OK);
        Assert.True(units.GetArrayLength() >= 9);
        await (await client.GetAsync("/api/v1/org/units?kind=alien")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    private static async Task<int> CountCentersAsync(HttpClient client)
    {
        var tree = await (await client.GetAsync("/api/v1/org/centers")).ReadAsync();
        static int Count(JsonElement node) => 1 + node.GetProperty("children").EnumerateArray().Sum(Count);
        return tree.EnumerateArray().Sum(Count);
    }
}
