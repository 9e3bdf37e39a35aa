using Microsoft.Playwright;

namespace OneWindow.E2E.Tests;

[Collection("browser")]
public sealed class CatalogAdminJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_admin_exports_the_catalog_imports_it_back_unchanged_and_a_wrong_file_is_refused()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync();
        await page.OpenAsync("/catalog");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("事项库管理");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("一件事 8 项");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export"));
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var exported = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(exported);
        Assert.True(new FileInfo(exported).Length > 10_000);

        await page.Locator("input[type=file]").Last.SetInputFilesAsync(exported);
        await Assertions.Expect(page.Locator("#catalog-message")).ToContainTextAsync("新增事项 0 项，新版本 0 项");
        await page.ScreenshotAsync("36-catalog-import-unchanged");

        var wrong = Path.Combine(Path.GetTempPath(), $"wrong-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllTextAsync(wrong, "事项编码,事项名称\nX,Y");
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(wrong);
        await Assertions.Expect(page.Locator("#catalog-message")).ToContainTextAsync("not an .xlsx workbook");
        await page.ScreenshotAsync("36-catalog-import-refused");
        File.Delete(exported);
        File.Delete(wrong);
    }
}
