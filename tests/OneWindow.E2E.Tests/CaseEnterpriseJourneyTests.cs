using Microsoft.Playwright;

namespace OneWindow.E2E.Tests;

/// <summary>
/// 法人办件 at the window: the clerk switches the desk to an enterprise, a credit code with a wrong check character is
/// refused beside its field name, the corrected one registers the consultation, and the case page shows the company.
/// </summary>
[Collection("browser")]
public sealed class CaseEnterpriseJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_clerk_registers_an_enterprise_applicant_and_a_wrong_credit_code_is_refused()
    {
        var clerk = await browser.NewPageAsync();
        await clerk.SetViewportSizeAsync(1500, 1000);
        await clerk.SignInAsync("clerk.li");
        await clerk.OpenAsync("/cases/accept");
        await clerk.SelectOptionAsync("#accept-subject", "SCJG-009");
        await clerk.Locator("#accept-kind-enterprise").ClickAsync();
        await Assertions.Expect(clerk.Locator("#accept-id")).ToHaveCountAsync(0);
        await clerk.Field("accept-name").FillAsync("北京石景山某某商贸有限公司");
        await clerk.Field("accept-credit-code").FillAsync("91350100M000100Y44");
        await clerk.Field("accept-legal-representative").FillAsync("张三");
        await clerk.Field("accept-contact").FillAsync("李四");
        await clerk.Field("accept-phone").FillAsync("13911114444");
        await clerk.ClickAsync("#accept-consult");
        await Assertions.Expect(clerk.Locator("#accept-message")).ToContainTextAsync("applicant.creditCode");
        await Assertions.Expect(clerk.Locator("#accept-result")).ToHaveCountAsync(0);

        await clerk.Field("accept-credit-code").FillAsync("91350100M000100Y43");
        await clerk.ClickAsync("#accept-consult");
        await Assertions.Expect(clerk.Locator("#accept-result")).ToHaveAttributeAsync("data-status", "consulted");
        await clerk.ScreenshotAsync("cases-accept-enterprise");
        await clerk.ClickAsync("#accept-open");
        await Assertions.Expect(clerk.Locator("#case-status")).ToHaveTextAsync("咨询");
        await Assertions.Expect(clerk.Locator("body")).ToContainTextAsync("北京石景山某某商贸有限公司");
    }
}
