using System.Text;
using Microsoft.Playwright;

namespace OneWindow.E2E.Tests;

/// <summary>智慧化审前: a visitor (not signed in) uploads materials for an item and learns what is still missing, with a receipt code.</summary>
[Collection("browser")]
public sealed class PreReviewJourneyTests(BrowserFixture browser)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    [Fact]
    public async Task A_visitor_uploads_two_of_three_required_materials_and_is_told_the_third_with_a_receipt_code()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await page.OpenAsync("/prereview");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("智慧化审前");

        await page.Field("prereview-item").FillAsync("个体工商户设立");
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "个体工商户设立登记" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("#prereview-materials tr[data-code='PREMISES_PROOF']")).ToContainTextAsync("经营场所证明");

        await page.Locator("#prereview-materials tr[data-code='SCJG-001-M01'] input[type=file]").SetInputFilesAsync(new FilePayload { Name = "登记申请书.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await page.Locator("#prereview-materials tr[data-code='ID_CARD'] input[type=file]").SetInputFilesAsync(new FilePayload { Name = "身份证.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await Assertions.Expect(page.Locator("#prereview-materials tr[data-code='ID_CARD'] .prereview-chosen")).ToContainTextAsync("身份证.pdf");
        await page.ScreenshotAsync("82-prereview-upload");
        await page.ClickAsync("#prereview-submit");

        await Assertions.Expect(page.Locator("#prereview-result")).ToHaveAttributeAsync("data-complete", "false");
        await Assertions.Expect(page.Locator("#prereview-missing li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#prereview-missing li[data-code='PREMISES_PROOF']")).ToHaveTextAsync("经营场所证明");
        await Assertions.Expect(page.Locator("#prereview-received li")).ToHaveCountAsync(2);
        var code = await page.Locator("#prereview-result").GetAttributeAsync("data-code");
        await Assertions.Expect(page.Locator("#prereview-code")).ToHaveTextAsync(code!);
        await page.ScreenshotAsync("83-prereview-result");

        // The receipt's QR opens the same result.
        await page.OpenAsync($"/prereview?code={code}");
        await Assertions.Expect(page.Locator("#prereview-missing li[data-code='PREMISES_PROOF']")).ToBeVisibleAsync();
    }
}
