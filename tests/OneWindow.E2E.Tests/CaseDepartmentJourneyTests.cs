using Microsoft.Playwright;

namespace OneWindow.E2E.Tests;

/// <summary>
/// Departments of reviewers: the administrator moves a reviewer to another department and back on the users page; a
/// department reviewer's review queue is fixed to its own department (shown, not selectable); the center's managers
/// still choose any department.
/// </summary>
[Collection("browser")]
public sealed class CaseDepartmentJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_administrator_sets_a_reviewers_department_and_the_review_queue_keeps_to_it()
    {
        var admin = await browser.NewPageAsync();
        await admin.SetViewportSizeAsync(1600, 1000);
        await admin.SignInAsync();
        await admin.OpenAsync("/admin/users");
        var select = admin.Locator("select.user-department[data-user='scjgj.wu']");
        await Assertions.Expect(select).ToHaveValueAsync("sjs-scjgj");
        await Assertions.Expect(admin.Locator("select.user-department[data-user='mzj.zhou']")).ToHaveValueAsync("sjs-mzj");
        await select.SelectOptionAsync("sjs-rsj");
        await Assertions.Expect(admin.Locator("#users-message")).ToContainTextAsync("scjgj.wu");
        await Assertions.Expect(select).ToHaveValueAsync("sjs-rsj");
        await admin.ScreenshotAsync("13-users-departments");
        await select.SelectOptionAsync("sjs-scjgj");
        await Assertions.Expect(select).ToHaveValueAsync("sjs-scjgj");

        var reviewer = await browser.NewPageAsync();
        await reviewer.SetViewportSizeAsync(1500, 900);
        await reviewer.SignInAsync("scjgj.wu");
        await reviewer.OpenAsync("/cases/review");
        await Assertions.Expect(reviewer.Locator("#review-own-department")).ToHaveAttributeAsync("data-code", "sjs-scjgj");
        await Assertions.Expect(reviewer.Locator("#review-own-department")).ToContainTextAsync("区市场监管局");
        await Assertions.Expect(reviewer.Locator("#review-department")).ToHaveCountAsync(0);
        await reviewer.ScreenshotAsync("89-cases-review-department");

        var mzj = await browser.NewPageAsync();
        await mzj.SignInAsync("mzj.zhou");
        await mzj.OpenAsync("/cases/review");
        await Assertions.Expect(mzj.Locator("#review-own-department")).ToContainTextAsync("区民政局");

        // The center's managers keep the department choice.
        await admin.OpenAsync("/cases/review");
        await Assertions.Expect(admin.Locator("#review-department")).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator("#review-own-department")).ToHaveCountAsync(0);
    }
}
