using System.Net;
using OneWindow.Testing;

namespace OneWindow.Assistance.Tests.Integration;

/// <summary>The 乌审旗 scenario: its own cross-region list (跨省 and 旗内, no 京津冀) and no demo records.</summary>
[Trait("Category", "Integration")]
public sealed class WushenTests(WushenTests.App app) : IClassFixture<WushenTests.App>
{
    public sealed class App() : AppFactory(scenario: "wushen");

    [Fact]
    public async Task Wushen_lists_inter_provincial_items_and_starts_without_records()
    {
        var admin = await app.ClientForAsync();

        var items = (await (await admin.GetAsync("/api/v1/assistance/cross-region/items")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();

        Assert.Contains(items, i => i.GetProperty("itemCode").GetString() == "YB-002" && i.GetProperty("scope").GetString() == "inter-provincial");
        Assert.DoesNotContain(items, i => i.GetProperty("scope").GetString() == "jing-jin-ji");
        Assert.Equal(0, (await (await admin.GetAsync("/api/v1/assistance/cross-region?open=true")).ExpectAsync(HttpStatusCode.OK)).GetArrayLength());
    }
}
