using System.Net;
using OneWindow.Testing;

namespace OneWindow.Workforce.Tests.Integration;

public sealed class WushenApp() : WorkforceApp(new Dictionary<string, string?> { ["OneWindow:Demo:Scenario"] = "wushen" });

/// <summary>Wushen's own, smaller list: the banner center's posts and two per town, each with A and B holders.</summary>
[Trait("Category", "Integration")]
public sealed class WushenScenarioTests(WushenApp app) : IClassFixture<WushenApp>
{
    [Fact]
    public async Task The_banner_center_and_its_towns_have_posts_with_A_and_B_holders_and_a_month_can_be_rostered()
    {
        var admin = await app.AdminAsync();
        var posts = (await (await admin.GetAsync("/api/v1/workforce/posts?center=ws")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(36, posts.Where(p => p.GetProperty("centerCode").GetString() == "ws").Sum(p => p.GetProperty("headcount").GetInt32()));
        Assert.Equal(12, posts.Where(p => p.GetProperty("centerCode").GetString() != "ws").Sum(p => p.GetProperty("headcount").GetInt32()));
        Assert.All(posts, p => Assert.NotEmpty(p.GetProperty("b").EnumerateArray()));
        Assert.Contains(posts, p => p.GetProperty("type").GetString() == "接诉即办");
        var gao = (await (await admin.GetAsync("/api/v1/workforce/staff?center=ws")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().Single(s => s.GetProperty("userName").GetString() == "clerk.gao");
        Assert.Equal("高娜", gao.GetProperty("name").GetString());

        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var roster = await (await admin.PostJsonAsync("/api/v1/workforce/rosters", new { centerCode = "ws", month })).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(0, roster.GetProperty("shortfalls").GetInt32());
        Assert.True(roster.GetProperty("assignments").GetInt32() >= 48 * 15);
    }
}
