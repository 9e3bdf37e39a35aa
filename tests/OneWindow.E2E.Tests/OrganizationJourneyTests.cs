using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OneWindow.E2E.Tests;

[Collection("browser")]
public sealed partial class OrganizationJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_admin_signs_in_switches_language_adds_a_street_center_and_a_window_and_sees_them()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/login");
        await Assertions.Expect(page).ToHaveTitleAsync("登录一窗通");
        await Assertions.Expect(page.Locator("#sign-in")).ToHaveTextAsync("登录");
        await page.ScreenshotAsync("01-login");

        await page.SignInAsync();
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("运行总览");
        await Assertions.Expect(page.Locator("#count-centers")).ToHaveTextAsync("10");
        var windows = int.Parse(await page.Locator("#count-windows").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(windows >= 24, $"{windows} windows on the dashboard");
        await page.ScreenshotAsync("02-home-zh");

        await page.ClickAsync("#lang-en");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("Overview");
        await Assertions.Expect(page.Locator(".mud-drawer")).ToContainTextAsync("Halls and windows");
        await page.ScreenshotAsync("03-home-en");
        await page.ClickAsync("#lang-zh");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("运行总览");

        await page.OpenAsync("/org/centers");
        await page.Field("center-code").FillAsync("sjs-e2e");
        await page.Field("center-name").FillAsync("端到端测试街道中心");
        await page.ClickAsync("#center-create");
        await Assertions.Expect(page.Locator("#org-message")).ToContainTextAsync("端到端测试街道中心");
        await Assertions.Expect(page.Locator("#centers-table")).ToContainTextAsync("端到端测试街道中心");
        await page.ScreenshotAsync("04-centers");

        await page.OpenAsync("/org/halls/sjs-hall");
        await page.Field("window-code").FillAsync("E2E");
        await page.Field("window-name").FillAsync("端到端测试窗口");
        await page.ClickAsync("#window-categories");
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.ClickAsync("#window-create");
        await Assertions.Expect(page.Locator("#org-message")).ToContainTextAsync("端到端测试窗口");
        await Assertions.Expect(page.Locator("#windows-table")).ToContainTextAsync("端到端测试窗口");
        await page.ScreenshotAsync("05-hall-windows");
    }

    [Fact]
    public async Task Bad_input_is_explained_on_the_page_and_script_is_shown_as_text()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync();
        await page.OpenAsync("/org/centers");
        await page.Field("center-code").FillAsync("bad code");
        await page.Field("center-name").FillAsync("<script>alert(1)</script>");
        await page.ClickAsync("#center-create");
        await Assertions.Expect(page.Locator("#org-message")).ToContainTextAsync("code");
        await Assertions.Expect(page.Locator("#org-message")).ToContainTextAsync("name");
        Assert.Equal(0, await page.Locator("#centers-table script").CountAsync());
        await page.ScreenshotAsync("06-centers-invalid");
    }

    [Fact]
    public async Task Every_organization_and_system_page_renders_its_data()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync();
        var pages = new (string Path, string Table, string Expected, string Shot)[]
        {
            ("/org/halls", "#halls-table", "政务服务中心", "07-halls"),
            ("/org/departments", "#departments-table", "局", "08-departments"),
            ("/org/units", "#units-table", "街道", "09-units"),
            ("/admin/users", "#users-table", "系统管理员", "10-users"),
            ("/admin/audit", "#audit-table", "sign-in", "11-audit"),
        };
        foreach (var (path, table, expected, shot) in pages)
        {
            await page.OpenAsync(path);
            await Assertions.Expect(page.Locator(table)).ToContainTextAsync(expected);
            await page.ScreenshotAsync(shot);
        }

        await page.ClickAsync("#verify");
        await Assertions.Expect(page.Locator("#verify-result")).ToContainTextAsync(HashChainIntact());
        await page.ScreenshotAsync("12-audit-verified");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_plain_words()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("#username", "admin");
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("#sign-in");
        await Assertions.Expect(page.Locator("#login-error")).ToContainTextAsync("用户名或密码错误");
    }

    [GeneratedRegex("哈希链完整")]
    private static partial Regex HashChainIntact();
}

[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
