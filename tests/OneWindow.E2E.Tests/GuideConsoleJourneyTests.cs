using Microsoft.Playwright;

namespace OneWindow.E2E.Tests;

[Collection("browser")]
public sealed class GuideConsoleJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_guide_hears_a_colloquial_question_shows_the_bundle_and_its_materials_and_records_the_outcome()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1024, 1366);
        await page.SignInAsync();
        await page.OpenAsync("/guidance/console");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("导办台");
        var before = int.Parse(await page.Locator("#today-count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

        await page.Field("console-query").FillAsync("我想开个小饭馆");
        await page.ClickAsync("#console-search");
        await Assertions.Expect(page.Locator("#console-hits .ow-hit").First).ToContainTextAsync("开办餐饮店一件事");
        await Assertions.Expect(page.Locator("#console-materials")).ToContainTextAsync("营业执照");
        await Assertions.Expect(page.Locator("#console-guide")).ToHaveAttributeAsync("href", "guide/bundles/YJS-KBCYD");
        await page.ScreenshotAsync("37-guide-console");

        await page.ClickAsync("#outcome-window");
        await Assertions.Expect(page.Locator("#console-message")).ToContainTextAsync("到窗口办理");
        await Assertions.Expect(page.Locator("#today-count")).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#handover-categories button").First.ClickAsync();
        await Assertions.Expect(page.Locator("#handover-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z][0-9]{3}$"));
        await page.ScreenshotAsync("37b-guide-handover");

        await page.Field("console-query").FillAsync("周六可以办事吗");
        await page.Field("console-query").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#console-answer")).ToContainTextAsync("延时服务");
        await page.ClickAsync("#outcome-answered");
        await Assertions.Expect(page.Locator("#today-count")).ToHaveTextAsync((before + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ScreenshotAsync("38-guide-console-recorded");
    }

    [Fact]
    public async Task A_manager_adds_a_policy_answer_the_console_finds_it_and_the_statistics_count_the_sessions()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync();
        await page.OpenAsync("/guidance/knowledge");
        await Assertions.Expect(page.Locator("#entries-table")).ToContainTextAsync("异地就医备案后多久生效");
        await page.Field("entry-code").FillAsync("QA-E2E");
        await page.Field("entry-title").FillAsync("老年人优待卡在哪里办？");
        await page.Locator("textarea#entry-body, #entry-body textarea").First.FillAsync("年满60周岁的本市户籍老人，持身份证到街道政务服务中心办理，当场制卡。");
        await page.Field("entry-tags").FillAsync("老年卡，优待卡");
        await page.Field("entry-review").FillAsync("2027-06-30");
        await page.ClickAsync("#entry-add");
        await Assertions.Expect(page.Locator("#knowledge-message")).ToContainTextAsync("老年人优待卡在哪里办");
        await Assertions.Expect(page.Locator("#entries-table")).ToContainTextAsync("QA-E2E");
        await page.ScreenshotAsync("39-guidance-knowledge");

        await page.OpenAsync("/guidance/console");
        await page.Field("console-query").FillAsync("老年人优待卡");
        await page.ClickAsync("#console-search");
        await Assertions.Expect(page.Locator("#console-answer")).ToContainTextAsync("当场制卡");
        await page.ClickAsync("#outcome-answered");
        await Assertions.Expect(page.Locator("#console-message")).ToContainTextAsync("已解答");

        await page.OpenAsync("/guidance/stats");
        await Assertions.Expect(page.Locator("#top-queries")).ToContainTextAsync("老年人优待卡");
        await Assertions.Expect(page.Locator("#top-chosen")).ToContainTextAsync("老年人优待卡在哪里办");
        var total = int.Parse(await page.Locator("#stats-total").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total >= 1);
        await page.ScreenshotAsync("40-guidance-stats");
    }
}
