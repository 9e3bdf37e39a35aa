using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneWindow.Testing;

namespace OneWindow.E2E.Tests;

[Collection("browser")]
public sealed partial class ContractJourneyTests(BrowserFixture browser)
{
    /// <summary>A 1×1 PNG: the photo taken of the error.</summary>
    private static readonly byte[] Photo = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task The_bureau_records_a_severe_error_approves_it_and_sees_the_months_deduction_grow_by_three_per_mille_of_the_total()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1440, 1000);
        await page.SignInAsync();
        await page.OpenAsync("/contracts");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("合同台账");
        await Assertions.Expect(page.Locator("#contracts-table tr[data-code='sjs-2026']")).ToContainTextAsync("15,631,000.00");
        await page.Locator("#contracts-table tr[data-code='sjs-2026'] a").First.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/contracts/sjs-2026", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#contract-amount")).ToHaveTextAsync("¥15,631,000.00");
        await Assertions.Expect(page.Locator("#party-bureau")).ToContainTextAsync("北京市石景山区政务服务和数据管理局");
        await Assertions.Expect(page.Locator("#contract-payments [data-seq='1']")).ToContainTextAsync("7,815,500.00");
        await Assertions.Expect(page.Locator("#contract-payments [data-seq='1'] [data-field='due-date']")).ToHaveTextAsync("2026-04-17");
        await Assertions.Expect(page.Locator("#contract-payments [data-seq='2']")).ToContainTextAsync("半年总结报告审核通过");
        await Assertions.Expect(page.Locator("#rule-cap")).ToContainTextAsync("156,310.00");

        // The error happens today (or on the last day of the term once it is over): its month's row is the one to watch.
        var date = await page.Field("error-date").InputValueAsync();
        Assert.Matches(IsoDate(), date);
        var row = page.Locator($"#deductions-table tr[data-month='{date[..7]}']");
        var errorsBefore = Yuan(await row.Locator("[data-field='errorAmount']").InnerTextAsync());
        var totalBefore = Yuan(await row.Locator("[data-field='total']").InnerTextAsync());

        await page.Locator(".mud-input-control:has(#error-severity), .mud-input-control#error-severity").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = ExactlySevere() }).ClickAsync();
        await page.Field("error-description").FillAsync("综合窗口违规操作导致群众多次跑腿，被区级部门通报批评");
        await page.Field("error-evidence").FillAsync("区政务服务管理办公室通报（石政服通〔2026〕12号）");
        await page.Locator("#error-form input[type='file']").SetInputFilesAsync(new FilePayload { Name = "通报截图.png", MimeType = "image/png", Buffer = Photo });
        await Assertions.Expect(page.Locator("#error-file-name")).ToHaveTextAsync("通报截图.png");
        await page.ClickAsync("#error-submit");
        await Assertions.Expect(page.Locator("#contract-message")).ToContainTextAsync("已记录工作失误");
        var recorded = page.Locator("#errors-table tbody tr").First;
        await Assertions.Expect(recorded).ToHaveAttributeAsync("data-status", "recorded");
        await Assertions.Expect(recorded).ToHaveAttributeAsync("data-severity", "severe");
        await Assertions.Expect(recorded).ToContainTextAsync("通报截图.png");

        // Recorded is not yet deducted.
        Assert.Equal(errorsBefore, Yuan(await row.Locator("[data-field='errorAmount']").InnerTextAsync()));

        await recorded.Locator("[data-action='approve']").ClickAsync();
        await Assertions.Expect(page.Locator("#contract-message")).ToContainTextAsync("已认定，扣减 46,893.00 元");
        await Assertions.Expect(recorded).ToHaveAttributeAsync("data-status", "approved");
        await Assertions.Expect(row.Locator("[data-field='errorAmount']")).ToHaveTextAsync(Display(errorsBefore + 46_893.00m));
        await Assertions.Expect(row.Locator("[data-field='total']")).ToHaveTextAsync(Display(totalBefore + 46_893.00m));
        await Assertions.Expect(page.Locator("#error-file-name")).ToHaveTextAsync("JPEG、PNG 或 PDF，可不传");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync("75-contract-ledger");

        // The API says the same for that month.
        var admin = await browser.App.ClientForAsync();
        var month = await (await admin.GetAsync($"/api/v1/contracts/sjs-2026/deductions?month={date[..7]}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(errorsBefore + 46_893.00m, decimal.Parse(month.GetProperty("errorAmount").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(Yuan(await row.Locator("[data-field='cumulativeTotal']").InnerTextAsync()), decimal.Parse(month.GetProperty("cumulativeTotal").GetString()!, CultureInfo.InvariantCulture));
    }

    private static decimal Yuan(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string Display(decimal yuan) => yuan.ToString("#,##0.00", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex("^严重$")]
    private static partial Regex ExactlySevere();
}
