using Microsoft.Playwright;

namespace OneWindow.E2E.Tests;

/// <summary>
/// 督办 in the browser: the project manager opens the dashboard of the demo's running cases and sees, at a glance, the
/// yellow and red cases per department, the overdue and near-deadline lists, the hand-over not signed in and the 容缺
/// promise not kept; a window clerk may not open it.
/// </summary>
[Collection("browser")]
public sealed class CaseSupervisionJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_supervisor_sees_red_and_yellow_cases_by_department_the_unreceived_batch_and_the_broken_promise()
    {
        var manager = await browser.NewPageAsync();
        await manager.SetViewportSizeAsync(1500, 1000);
        await manager.SignInAsync("pm.zhang");
        await manager.OpenAsync("/cases/supervision");
        await Assertions.Expect(manager.Locator("#page-title")).ToHaveTextAsync("督办");

        // The demo: two cases past their deadline, three at or past 80% of their working days.
        await Assertions.Expect(manager.Locator("#supervision-card-red")).ToHaveAttributeAsync("data-value", "2");
        await Assertions.Expect(manager.Locator("#supervision-card-yellow")).ToHaveAttributeAsync("data-value", "3");
        await Assertions.Expect(manager.Locator("#supervision-overdue tr.supervision-case[data-warning='red']")).ToHaveCountAsync(2);
        await Assertions.Expect(manager.Locator("#supervision-warned tr.supervision-case[data-warning='yellow']")).ToHaveCountAsync(3);
        await Assertions.Expect(manager.Locator("#supervision-overdue")).ToContainTextAsync("超期");
        await Assertions.Expect(manager.Locator("#supervision-warned")).ToContainTextAsync("剩余");

        // The departments' lines add up to the cards.
        await manager.ScreenshotAsync("cases-supervision");
        var lines = manager.Locator("#supervision-departments tr.supervision-department");
        var red = 0;
        var yellow = 0;
        for (var i = 0; i < await lines.CountAsync(); i++)
        {
            red += int.Parse((await lines.Nth(i).GetAttributeAsync("data-red"))!, System.Globalization.CultureInfo.InvariantCulture);
            yellow += int.Parse((await lines.Nth(i).GetAttributeAsync("data-yellow"))!, System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.Equal((2, 3), (red, yellow));
        await Assertions.Expect(manager.Locator("#supervision-batches tr.supervision-batch").First).ToBeVisibleAsync();
        await Assertions.Expect(manager.Locator("#supervision-promises tr.supervision-promise[data-days-over='3']")).ToHaveCountAsync(1);

        // A red case opens on its own page.
        await manager.Locator("#supervision-overdue tr.supervision-case a").First.ClickAsync();
        await Assertions.Expect(manager.Locator("#case-summary")).ToBeVisibleAsync();

        var clerk = await browser.NewPageAsync();
        await clerk.SignInAsync("clerk.li");
        await clerk.GotoAsync("/cases/supervision");
        await Assertions.Expect(clerk.Locator("#supervision-cards")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_clerk_records_a_consultation_without_materials_and_takes_the_materials_later()
    {
        var clerk = await browser.NewPageAsync();
        await clerk.SetViewportSizeAsync(1500, 1000);
        await clerk.SignInAsync("clerk.li");
        await clerk.OpenAsync("/cases/accept");
        await clerk.SelectOptionAsync("#accept-subject", "MZ-005");
        await clerk.Field("accept-name").FillAsync("赵桂芳");
        await clerk.Field("accept-id").FillAsync("110107198503214513");
        await clerk.Field("accept-phone").FillAsync("13911113333");
        await clerk.ClickAsync("#accept-consult");
        await Assertions.Expect(clerk.Locator("#accept-result")).ToHaveAttributeAsync("data-status", "consulted");
        await Assertions.Expect(clerk.Locator("#accept-message")).ToContainTextAsync("已登记咨询");
        await clerk.ScreenshotAsync("cases-consultation");
        await clerk.ClickAsync("#accept-open");
        await Assertions.Expect(clerk.Locator("#case-status")).ToHaveTextAsync("咨询");
        await Assertions.Expect(clerk.Locator("#case-do-withdraw")).ToBeVisibleAsync();
        await Assertions.Expect(clerk.Locator("#case-do-accept")).ToHaveCountAsync(0);

        // The applicant comes back with the ID card only: incomplete, the one-time notice lists the rest.
        await clerk.Locator("input.case-arrived[data-code='ID_CARD']").CheckAsync();
        await clerk.ClickAsync("#case-materials-arrived");
        await Assertions.Expect(clerk.Locator("#case-status")).ToHaveTextAsync("材料不全");
    }
}
