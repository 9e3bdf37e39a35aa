using System.Globalization;
using System.Net;
using System.Text.Json;
using OneWindow.Testing;

namespace OneWindow.Hotline.Tests.Integration;

/// <summary>Helpers for driving work orders through the API in tests.</summary>
internal static class Orders
{
    /// <summary>A leaf of the shijingshan tree whose rule is "the street's unit" (城乡建设 / 市容环境 / 占道经营).</summary>
    public const string StreetLeaf = "010101";

    /// <summary>A leaf handled by the district's 住建委 under the general 7-working-day limit (住房 / 房屋质量 / 漏水).</summary>
    public const string HousingLeaf = "020201";

    /// <summary>A distinct valid mainland mobile number per n.</summary>
    public static string Phone(int n) => "137" + n.ToString("00000000", CultureInfo.InvariantCulture);

    public static async Task<JsonElement> CreateAsync(HttpClient agent, string phone, string category = HousingLeaf, string type = "complaint", string? street = null, string content = "楼上漏水到我家卫生间，物业不管")
    {
        var response = await agent.PostJsonAsync("/api/v1/work-orders", new { type, channel = "phone", caller = new { name = "王秀英", phone }, content, categoryCode = category, streetCode = street });
        return await response.ExpectAsync(HttpStatusCode.Created);
    }

    public static async Task<JsonElement> ActAsync(HttpClient client, Guid id, string action, object? body = null, HttpStatusCode expect = HttpStatusCode.OK) =>
        await (await client.PostJsonAsync($"/api/v1/work-orders/{id}/{action}", body ?? new { })).ExpectAsync(expect);

    /// <summary>create → dispatch → accept → reply → callback; returns the id.</summary>
    public static async Task<Guid> LifecycleAsync(HttpClient client, string unit, int phone, bool contacted, bool solved, string satisfaction, string category = HousingLeaf)
    {
        var id = (await CreateAsync(client, Phone(phone), category)).GetProperty("id").GetGuid();
        await ActAsync(client, id, "dispatch", new { unitCode = unit });
        await ActAsync(client, id, "accept");
        await ActAsync(client, id, "reply", new { content = "已协调处理", solved });
        await ActAsync(client, id, "callback", new { valid = true, contacted, solved, satisfaction });
        return id;
    }
}
