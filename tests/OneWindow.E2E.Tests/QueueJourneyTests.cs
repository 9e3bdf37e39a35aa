using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OneWindow.Testing;

namespace OneWindow.E2E.Tests;

[Collection("browser")]
public sealed class QueueJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_visitor_takes_a_number_the_display_shows_and_announces_it_and_the_window_calls_and_completes()
    {
        var hall = "sjs-gucheng-hall";
        var admin = await browser.App.ClientForAsync();
        await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/open", null)).ExpectAsync(System.Net.HttpStatusCode.OK);
        var category = (await (await admin.GetAsync($"/api/v1/halls/{hall}/windows")).ReadAsync())[0].GetProperty("categories")[0].GetString()!;

        var display = await browser.NewPageAsync();
        await display.SetViewportSizeAsync(1920, 1080);
        await display.OpenAsync($"/display/{hall}");
        await Assertions.Expect(display.Locator("#display-link")).ToHaveTextAsync("实时连接正常");
        await display.ClickAsync("#display-enable-voice");

        var kiosk = await browser.NewPageAsync();
        await kiosk.SetViewportSizeAsync(1280, 1024);
        await kiosk.OpenAsync($"/kiosk/{hall}");
        await kiosk.StubPrintAsync();
        await Assertions.Expect(kiosk.Locator("#kiosk-hall")).ToContainTextAsync("古城");
        await kiosk.ScreenshotAsync("40-kiosk");
        await kiosk.ClickAsync($"#kiosk-categories [data-category='{category}']");
        await Assertions.Expect(kiosk.Locator("#receipt-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z][0-9]{3}$"));
        var number = await kiosk.Locator("#receipt-number").InnerTextAsync();
        await Assertions.Expect(kiosk.Locator("#receipt-qr svg")).ToBeVisibleAsync();
        await Assertions.Expect(kiosk.Locator("#receipt-ahead")).ToContainTextAsync("您前面还有");
        await kiosk.WaitForFunctionAsync("() => window.owPrints === 1");
        await kiosk.ScreenshotAsync("41-kiosk-receipt");

        var console = await browser.NewPageAsync();
        await console.SetViewportSizeAsync(1440, 900);
        await console.SignInAsync();
        await console.OpenAsync($"/queue/console?hall={hall}&window=01");
        await Assertions.Expect(console.Locator("#console-waiting")).ToContainTextAsync(number);
        await console.ClickAsync("#console-call-next");
        await Assertions.Expect(console.Locator("#console-current-number")).ToHaveTextAsync(number);

        await Assertions.Expect(display.Locator("#display-current-number")).ToHaveTextAsync(number);
        await Assertions.Expect(display.Locator("#display-current-window")).ToContainTextAsync("1号窗口");
        var announcement = $"请{number}号到1号窗口办理";
        await display.WaitForFunctionAsync($"() => window.owAnnouncements.filter(a => a.text === '{announcement}').length === 2");
        await display.ScreenshotAsync("42-hall-display");

        await console.ClickAsync("#console-start");
        await Assertions.Expect(console.Locator("#console-current-status")).ToHaveAttributeAsync("data-status", "serving");
        await console.ScreenshotAsync("43-window-console");
        await console.Keyboard.PressAsync("F4");
        await Assertions.Expect(console.Locator("#console-idle")).ToBeVisibleAsync();
        await Assertions.Expect(console.Locator("#console-today")).ToContainTextAsync("今日办结");
    }

    [Fact]
    public async Task The_phone_page_follows_the_ticket_until_its_window_is_called()
    {
        var hall = "sjs-laoshan-hall";
        var admin = await browser.App.ClientForAsync();
        await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/open", null);
        var category = (await (await admin.GetAsync($"/api/v1/halls/{hall}/windows")).ReadAsync())[0].GetProperty("categories")[0].GetString()!;
        var kiosk = browser.App.CreateClient();
        var first = await (await kiosk.PostAsJsonAsync($"/api/v1/halls/{hall}/tickets", new { category })).ReadAsync();
        var mine = await (await kiosk.PostAsJsonAsync($"/api/v1/halls/{hall}/tickets", new { category })).ReadAsync();

        var phone = await browser.NewPageAsync();
        await phone.SetViewportSizeAsync(390, 844);
        await phone.OpenAsync($"/t/{mine.GetProperty("id").GetGuid()}");
        await Assertions.Expect(phone.Locator("#phone-number")).ToHaveTextAsync(mine.GetProperty("number").GetString()!);
        await Assertions.Expect(phone.Locator("#phone-status")).ToHaveAttributeAsync("data-status", "waiting");
        await Assertions.Expect(phone.Locator("#phone-link")).ToHaveTextAsync("实时连接正常");
        await phone.ScreenshotAsync("44-phone-waiting");

        await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/call-next", null);
        await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/call-next", null);
        await Assertions.Expect(phone.Locator("#phone-window")).ToContainTextAsync("请到 1号窗口 办理");
        await phone.ScreenshotAsync("45-phone-called");
        Assert.NotEqual(first.GetProperty("id").GetGuid(), mine.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task The_dashboard_shows_the_day_a_live_alert_and_the_erlang_answer()
    {
        var hall = "sjs-bajiao-hall";
        var admin = await browser.App.ClientForAsync();
        var windows = await (await admin.GetAsync($"/api/v1/halls/{hall}/windows")).ReadAsync();
        var category = windows[0].GetProperty("categories")[0].GetString()!;
        var kiosk = browser.App.CreateClient();
        for (var i = 0; i < 6; i++)
        {
            await kiosk.PostAsJsonAsync($"/api/v1/halls/{hall}/tickets", new { category });
        }

        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1440, 1200);
        await page.SignInAsync();
        await page.OpenAsync($"/queue/dashboard?hall={hall}");
        await Assertions.Expect(page.Locator("#fig-issued")).ToContainTextAsync("6");
        await Assertions.Expect(page.Locator($"#dashboard-alerts .dashboard-alert[data-category='{category}']")).ToContainTextAsync("建议再开");
        await page.ScreenshotAsync("46a-queue-dashboard-alert");
        await Assertions.Expect(page.Locator("#erlang-answer")).ToContainTextAsync("需开窗口 12 个");

        // The district hall has four weeks of simulated history: the figures and tomorrow's tidal plan come from it.
        var from = DateTime.UtcNow.AddHours(8).Date.AddDays(-28).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.OpenAsync($"/queue/dashboard?hall=sjs-hall&from={from}");
        await Assertions.Expect(page.Locator("#fig-mae")).Not.ToContainTextAsync("—");
        await Assertions.Expect(page.Locator("#dashboard-staffing-summary")).Not.ToContainTextAsync("高峰需开窗口 0 个");
        await page.ScreenshotAsync("46-queue-dashboard");
    }
}
