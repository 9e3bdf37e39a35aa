using Microsoft.Playwright;

namespace OneWindow.E2E.Tests;

/// <summary>电子证照: a window looks up what an applicant holds; the administrator issues a license and revokes it.</summary>
[Collection("browser")]
public sealed class LicensesJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_persons_licenses_are_looked_up_masked_and_an_issued_license_can_be_revoked()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1440, 900);
        await page.SignInAsync();
        await page.OpenAsync("/licenses");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("电子证照");

        await page.Field("licenses-holder").FillAsync("110107198503214513");
        await page.Field("licenses-holder").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#licenses-table tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#licenses-table tr[data-material='MARRIAGE_CERT']")).ToContainTextAsync("王**");
        await Assertions.Expect(page.Locator("#licenses-table")).Not.ToContainTextAsync("110107198503214513");
        await page.ScreenshotAsync("80-licenses-search");

        // A wrong check digit is named at the field and nothing is issued.
        await page.Field("issue-holder-name").FillAsync("钱文静");
        await page.Field("issue-holder-id").FillAsync("110108199202023310");
        await page.Field("issue-by").FillAsync("北京市公安局石景山分局");
        await page.Field("issue-on").FillAsync("2024-03-01");
        await page.ClickAsync("#issue-save");
        await Assertions.Expect(page.Locator("#licenses-message")).ToContainTextAsync("holderId");

        await page.Field("issue-holder-id").FillAsync("110108199202023319");
        await page.ClickAsync("#issue-save");
        await Assertions.Expect(page.Locator("#licenses-message")).ToContainTextAsync("已签发");
        var row = page.Locator("#licenses-table tbody tr[data-material='ID_CARD']").Filter(new() { HasText = "钱**" });
        await Assertions.Expect(row).ToHaveAttributeAsync("data-valid", "true");

        await row.Locator(".license-revoke").ClickAsync();
        await page.Field("licenses-revoke-reason").FillAsync("证件遗失补办");
        await page.ClickAsync("#licenses-revoke-confirm");
        await Assertions.Expect(page.Locator("#licenses-message")).ToContainTextAsync("已注销");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-valid", "false");
        await Assertions.Expect(row.Locator(".license-status")).ToHaveTextAsync("已注销");
        await page.ScreenshotAsync("81-licenses-revoked");
    }
}
