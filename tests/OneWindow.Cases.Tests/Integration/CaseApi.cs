using System.Globalization;
using System.Net;
using System.Text.Json;
using OneWindow.Testing;

namespace OneWindow.Cases.Tests.Integration;

/// <summary>Driving cases through the API in tests, with the 石景山 catalog's 临时救助 (MZ-005, 区民政局, 10 working days).</summary>
internal static class CaseApi
{
    public const string Item = "MZ-005";
    public const string Department = "sjs-mzj";
    public static readonly string[] AllMaterials = ["MZ-005-M01", "ID_CARD", "MZ-005-M03"];

    /// <summary>A valid resident ID number (GB 11643 check character) for a serial number.</summary>
    public static string IdNumber(int serial)
    {
        var body = "11010719800101" + serial.ToString("000", CultureInfo.InvariantCulture);
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    public static string Phone(int n) => "139" + n.ToString("00000000", CultureInfo.InvariantCulture);

    public static object Person(int n) => new { kind = "person", name = "王秀英", idNumber = IdNumber(n), phone = Phone(n), address = "北京市石景山区八角街道八角北路12号" };

    public static async Task<JsonElement> CreateAsync(HttpClient client, int n, params string[] provided)
    {
        var response = await client.PostJsonAsync("/api/v1/cases", new { itemCode = Item, applicant = Person(n), provided });
        return await response.ExpectAsync(HttpStatusCode.Created);
    }

    public static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();

    public static async Task<JsonElement> ActAsync(HttpClient client, Guid id, string action, object? body = null, HttpStatusCode expect = HttpStatusCode.OK) =>
        await (await client.PostJsonAsync($"/api/v1/cases/{id}/{action}", body ?? new { })).ExpectAsync(expect);

    public static async Task<JsonElement> GetAsync(HttpClient client, Guid id) =>
        await (await client.GetAsync(new Uri($"/api/v1/cases/{id}", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);

    public static IReadOnlyList<string> Actions(JsonElement detail) =>
        detail.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToList();

    public static string Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Accepted and signed in by the department: ready for review.</summary>
    public static async Task<Guid> HandedOverAsync(HttpClient client, int n)
    {
        var id = Id(await CreateAsync(client, n, AllMaterials));
        await ActAsync(client, id, "accept");
        var batch = await (await client.PostJsonAsync("/api/v1/cases/handovers", new { departmentCode = Department, caseIds = new[] { id }, senderName = "李晓燕" })).ExpectAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync($"/api/v1/cases/handovers/{batch.GetProperty("id").GetGuid()}/receive", new { receiverName = "周敏" })).ExpectAsync(HttpStatusCode.OK);
        return id;
    }
}
