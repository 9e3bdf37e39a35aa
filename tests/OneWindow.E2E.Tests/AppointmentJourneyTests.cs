using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using OneWindow.Testing;

namespace OneWindow.E2E.Tests;

[Collection("browser")]
public sealed class AppointmentJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_visitor_books_on_the_phone_page_and_finds_the_booking_again_by_code_and_number()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.OpenAsync("/book");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("预约办事");
        await page.ClickAsync("#book-categories [data-category='personal']");
        await PickFirstFreeSlotAsync(page, "sjs-hall", "personal");
        await page.Field("book-name").FillAsync("王小明");
        await page.Field("book-phone").FillAsync("13800138000");
        await page.ClickAsync("#book-submit");
        await Assertions.Expect(page.Locator("#book-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-Z]{8}$"));
        var code = await page.Locator("#book-code").InnerTextAsync();
        await page.ScreenshotAsync("47-book-done");

        await page.Field("mine-code").FillAsync(code);
        await page.Field("mine-phone").FillAsync("13800138000");
        await page.ClickAsync("#mine-lookup");
        await Assertions.Expect(page.Locator("#mine-result")).ToHaveAttributeAsync("data-status", "booked");
        await page.ScreenshotAsync("48-book-mine");
        await page.ClickAsync("#mine-cancel");
        await Assertions.Expect(page.Locator("#mine-result")).ToHaveAttributeAsync("data-status", "cancelled");
    }

    [Fact]
    public async Task A_booked_visitor_checks_in_at_the_kiosk_with_the_code_and_gets_a_ticket_for_the_slot()
    {
        var hall = "sjs-pingguoyuan-hall";
        var admin = await browser.App.ClientForAsync();
        var now = DateTime.UtcNow.AddHours(8);
        var start = now.AddMinutes(-30) < now.Date ? now.Date : now.AddMinutes(-30);
        var end = now.AddMinutes(30) >= now.Date.AddDays(1) ? now.Date.AddHours(23).AddMinutes(59) : now.AddMinutes(30);
        var slot = await (await admin.PostJsonAsync($"/api/v1/halls/{hall}/slots", new
        {
            category = "personal",
            date = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            start = start.ToString("HH:mm", CultureInfo.InvariantCulture),
            end = end.ToString("HH:mm", CultureInfo.InvariantCulture),
            capacity = 3,
        })).ExpectAsync(HttpStatusCode.Created);
        var booking = await (await browser.App.CreateClient().PostAsJsonAsync("/api/v1/appointments", new { slotId = slot.GetProperty("id").GetGuid(), name = "李华", phone = "13912345678" })).ExpectAsync(HttpStatusCode.Created);
        var code = booking.GetProperty("code").GetString()!;

        var kiosk = await browser.NewPageAsync();
        await kiosk.SetViewportSizeAsync(1280, 1024);
        await kiosk.OpenAsync($"/kiosk/{hall}?print=off");
        await kiosk.Field("kiosk-checkin-code").FillAsync(code);
        await kiosk.ClickAsync("#kiosk-checkin-submit");
        await Assertions.Expect(kiosk.Locator("#ticket-receipt")).ToContainTextAsync(code);
        await Assertions.Expect(kiosk.Locator("#receipt-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z][0-9]{3}$"));
        await kiosk.ScreenshotAsync("49-kiosk-checkin");
    }

    [Fact]
    public async Task Staff_book_for_a_caller_and_see_the_slot_templates()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1440, 1000);
        await page.SignInAsync();
        await page.OpenAsync("/appointments");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("预约管理");
        await page.GetByRole(AriaRole.Tab, new() { Name = "号源模板" }).ClickAsync();
        await Assertions.Expect(page.Locator("#templates-table")).ToContainTextAsync("周六延时");
        await page.ScreenshotAsync("50-appointment-templates");

        await page.GetByRole(AriaRole.Tab, new() { Name = "代群众预约" }).ClickAsync();
        await page.ClickAsync("#book-categories [data-category='enterprise']");
        await PickFirstFreeSlotAsync(page, "sjs-hall", "enterprise");
        await page.Field("book-name").FillAsync("赵六");
        await page.Field("book-phone").FillAsync("13700137000");
        await page.ClickAsync("#book-submit");
        await Assertions.Expect(page.Locator("#appointments-message")).ToContainTextAsync("已为群众预约");
        await page.ScreenshotAsync("51-appointment-for-caller");
    }

    /// <summary>The first slot of the next two weeks that is neither full nor over: its day, then the slot itself.</summary>
    private async Task PickFirstFreeSlotAsync(IPage page, string hall, string category)
    {
        var client = browser.App.CreateClient();
        var now = DateTime.UtcNow.AddHours(8);
        for (var d = 0; d < 14; d++)
        {
            var date = now.Date.AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var slots = await (await client.GetAsync($"/api/v1/halls/{hall}/slots?date={date}&category={category}")).ExpectAsync(HttpStatusCode.OK);
            var free = slots.EnumerateArray().FirstOrDefault(s => s.GetProperty("booked").GetInt32() < s.GetProperty("capacity").GetInt32()
                && (d > 0 || string.CompareOrdinal(s.GetProperty("start").GetString(), now.ToString("HH:mm", CultureInfo.InvariantCulture)) > 0));
            if (free.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                await page.ClickAsync($"#book-days [data-date='{date}']");
                await page.ClickAsync($"#book-slots [data-slot='{free.GetProperty("id").GetGuid()}']");
                await Assertions.Expect(page.Locator("#book-submit")).ToBeVisibleAsync();
                return;
            }
        }

        Assert.Fail("no free slot in the next two weeks");
    }
}
