using System.Net;
using OneWindow.Testing;

namespace OneWindow.Queue.Tests.Integration;

/// <summary>A fresh hall per test (under the demo district), so tests sharing one app never see each other's tickets.</summary>
internal static class HallBuilder
{
    public static async Task<string> CreateAsync(HttpClient admin, int windows, params (string Code, string Prefix)[] categories)
    {
        var hall = "t" + Guid.NewGuid().ToString("N")[..10];
        await (await admin.PostJsonAsync("/api/v1/halls", new { code = hall, name = "测试大厅 " + hall, centerCode = "sjs" })).ExpectAsync(HttpStatusCode.Created);
        foreach (var (code, prefix) in categories)
        {
            await (await admin.PostJsonAsync($"/api/v1/halls/{hall}/categories", new { code, name = "类别" + code, ticketPrefix = prefix })).ExpectAsync(HttpStatusCode.Created);
        }

        for (var i = 1; i <= windows; i++)
        {
            var code = i.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            await (await admin.PostJsonAsync($"/api/v1/halls/{hall}/windows", new { code, name = $"{i}号综合窗口", kind = "comprehensive", categories = categories.Select(c => c.Code).ToArray() })).ExpectAsync(HttpStatusCode.Created);
            await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/{code}/open", null)).ExpectAsync(HttpStatusCode.OK);
        }

        return hall;
    }

    public static async Task<System.Text.Json.JsonElement> IssueAsync(HttpClient client, string hall, string category, string priority = "normal", string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/halls/{hall}/tickets") { Content = System.Net.Http.Json.JsonContent.Create(new { category, priority }) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await (await client.SendAsync(request)).ExpectAsync(HttpStatusCode.Created);
    }
}
