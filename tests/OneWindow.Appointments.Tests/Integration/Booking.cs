using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneWindow.Testing;

namespace OneWindow.Appointments.Tests.Integration;

/// <summary>Fresh halls, slots and bookings per test, so tests sharing one app never see each other's places.</summary>
internal static class Booking
{
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static DateTimeOffset Now => TimeProvider.System.GetUtcNow().ToOffset(China);

    public static DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public static DateOnly Tomorrow => Today.AddDays(1);

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Text(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A distinct valid mainland mobile number per n.</summary>
    public static string Phone(int n) => "139" + n.ToString("00000000", CultureInfo.InvariantCulture);

    public static async Task<string> CenterAsync(HttpClient admin)
    {
        var code = "c" + Guid.NewGuid().ToString("N")[..10];
        await (await admin.PostJsonAsync("/api/v1/org/centers", new { code, name = "测试中心 " + code, level = "district" })).ExpectAsync(HttpStatusCode.Created);
        return code;
    }

    /// <summary>A hall under <paramref name="center"/> with the categories and that many open windows serving all of them.</summary>
    public static async Task<string> HallAsync(HttpClient admin, string center = "sjs", int windows = 1, params string[] categories)
    {
        categories = categories.Length == 0 ? ["personal"] : categories;
        var hall = "t" + Guid.NewGuid().ToString("N")[..10];
        await (await admin.PostJsonAsync("/api/v1/halls", new { code = hall, name = "测试大厅 " + hall, centerCode = center })).ExpectAsync(HttpStatusCode.Created);
        foreach (var (code, i) in categories.Select((c, i) => (c, i)))
        {
            await (await admin.PostJsonAsync($"/api/v1/halls/{hall}/categories", new { code, name = "类别" + code, ticketPrefix = ((char)('A' + i)).ToString() })).ExpectAsync(HttpStatusCode.Created);
        }

        for (var i = 1; i <= windows; i++)
        {
            var code = i.ToString("00", CultureInfo.InvariantCulture);
            await (await admin.PostJsonAsync($"/api/v1/halls/{hall}/windows", new { code, name = $"{i}号综合窗口", kind = "comprehensive", categories })).ExpectAsync(HttpStatusCode.Created);
            await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/{code}/open", null)).ExpectAsync(HttpStatusCode.OK);
        }

        return hall;
    }

    public static async Task<Guid> SlotAsync(HttpClient admin, string hall, DateOnly date, string start, string end, int capacity, string category = "personal")
    {
        var slot = await (await admin.PostJsonAsync($"/api/v1/halls/{hall}/slots", new { category, date = Text(date), start, end, capacity })).ExpectAsync(HttpStatusCode.Created);
        return slot.GetProperty("id").GetGuid();
    }

    /// <summary>A slot tomorrow: always bookable, never checkable-in today.</summary>
    public static Task<Guid> TomorrowSlotAsync(HttpClient admin, string hall, int capacity = 4, string start = "10:00", string end = "10:30", string category = "personal") =>
        SlotAsync(admin, hall, Tomorrow, start, end, capacity, category);

    /// <summary>
    /// A slot of today that has begun and is not over (start &lt;= now &lt; end), within one date: near midnight it
    /// waits for the new day rather than make a slot that crosses it.
    /// </summary>
    public static async Task<(Guid Id, DateOnly Date)> StartedSlotAsync(HttpClient admin, string hall, int capacity = 4, string category = "personal")
    {
        if (Now.TimeOfDay >= new TimeSpan(23, 55, 0))
        {
            await Task.Delay(TimeSpan.FromDays(1) - Now.TimeOfDay + TimeSpan.FromSeconds(5));
        }

        var now = Now;
        var minute = new TimeOnly(now.Hour, now.Minute);
        var start = now.TimeOfDay >= TimeSpan.FromMinutes(10) ? minute.AddMinutes(-10) : new TimeOnly(0, 0);
        var end = now.TimeOfDay < new TimeSpan(23, 9, 0) ? minute.AddMinutes(50) : new TimeOnly(23, 59);
        var date = DateOnly.FromDateTime(now.DateTime);
        return (await SlotAsync(admin, hall, date, Text(start), Text(end), capacity, category), date);
    }

    public static Task<HttpResponseMessage> BookAsync(HttpClient client, Guid slotId, string phone, string name = "张三丰") =>
        client.PostJsonAsync("/api/v1/appointments", new { slotId, name, phone });

    public static async Task<JsonElement> BookedAsync(HttpClient client, Guid slotId, string phone, string name = "张三丰") =>
        await (await BookAsync(client, slotId, phone, name)).ExpectAsync(HttpStatusCode.Created);

    public static async Task<List<JsonElement>> SlotsAsync(HttpClient client, string hall, DateOnly date, string? category = null)
    {
        var url = $"/api/v1/halls/{hall}/slots?date={Text(date)}" + (category is null ? string.Empty : "&category=" + category);
        var body = await (await client.GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        return body.EnumerateArray().ToList();
    }

    public static async Task<JsonElement> SlotAsync(HttpClient client, string hall, DateOnly date, Guid id) =>
        (await SlotsAsync(client, hall, date)).Single(s => s.GetProperty("id").GetGuid() == id);

    public static async Task<JsonElement> LookUpAsync(HttpClient client, string code, string phone) =>
        await (await client.GetAsync($"/api/v1/appointments/{code}?phone={phone}")).ExpectAsync(HttpStatusCode.OK);

    public static async Task<JsonElement> IssueWalkInAsync(HttpClient kiosk, string hall, string category = "personal") =>
        await (await kiosk.PostAsJsonAsync($"/api/v1/halls/{hall}/tickets", new { category, priority = "normal" })).ExpectAsync(HttpStatusCode.Created);
}
