using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OneWindow.E2E.Tests;

[Collection("browser")]
public sealed partial class HotlineJourneyTests(BrowserFixture browser)
{
    /// <summary>A 1×1 PNG, as a phone's photo would arrive.</summary>
    private static readonly byte[] Photo = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task An_agent_takes_a_complaint_by_keyboard_dispatches_it_in_one_click_and_the_street_signs_off_replies_and_is_called_back()
    {
        // The street's standing before: its row on the ranking page (absent when it has no valid callback yet).
        var before = await RankedValidCallbacksAsync("u-sjs-babaoshan");

        var phone = UniquePhone();
        var agent = await browser.NewPageAsync();
        await agent.SignInAsync("hotline.sun");
        await agent.OpenAsync("/hotline/intake");
        await Assertions.Expect(agent.Locator("#page-title")).ToHaveTextAsync("12345 受理台");
        await Assertions.Expect(agent.Locator("#intake-shortcuts")).ToContainTextAsync("Alt+D");

        // Keyboard only: the phone field has the focus, Tab walks the form, the pickers take a word and Tab.
        await Assertions.Expect(agent.Field("intake-phone")).ToBeFocusedAsync();
        await agent.Keyboard.TypeAsync(phone);
        await Assertions.Expect(agent.Locator("#intake-history-none")).ToBeVisibleAsync();
        await agent.Keyboard.PressAsync("Tab");
        await agent.Keyboard.TypeAsync("王建军");
        await agent.Keyboard.PressAsync("Tab");
        await agent.Keyboard.TypeAsync("八宝山路12号院");
        await agent.Keyboard.PressAsync("Tab");
        await Assertions.Expect(agent.Locator("#intake-type input[data-type='complaint']")).ToBeFocusedAsync();
        await agent.Keyboard.PressAsync("Tab");
        await agent.Keyboard.PressAsync("Tab");
        await Assertions.Expect(agent.Field("intake-category")).ToBeFocusedAsync();
        await agent.Keyboard.TypeAsync("占道");
        await Assertions.Expect(agent.Locator(".mud-popover-open .mud-list-item").First).ToContainTextAsync("城乡建设 / 市容环境 / 占道经营");
        await agent.Keyboard.PressAsync("Tab");
        await Assertions.Expect(agent.Field("intake-category")).ToHaveValueAsync("城乡建设 / 市容环境 / 占道经营");
        await Assertions.Expect(agent.Field("intake-street")).ToBeFocusedAsync();
        await agent.Keyboard.TypeAsync("八宝山");
        await Assertions.Expect(agent.Locator(".mud-popover-open .mud-list-item").First).ToContainTextAsync("八宝山街道");
        await agent.Keyboard.PressAsync("Tab");
        await Assertions.Expect(agent.Locator("#intake-suggested-unit")).ToHaveTextAsync("八宝山街道办事处");
        await Assertions.Expect(agent.Locator("#intake-limit")).ToContainTextAsync("一般诉求（7个工作日）");
        await Assertions.Expect(agent.Locator("textarea#intake-content, #intake-content textarea").First).ToBeFocusedAsync();
        await agent.Keyboard.TypeAsync("小区南门外每天傍晚有商贩占道经营，堵住人行道，老人孩子只能走机动车道。");
        await agent.ScreenshotAsync("60-hotline-intake");

        await agent.ClickAsync("#intake-dispatch");
        await Assertions.Expect(agent.Locator("#intake-saved")).ToContainTextAsync("已登记并派往 八宝山街道办事处");
        var number = await agent.Locator("#intake-saved-number").InnerTextAsync();
        Assert.Matches(OrderNumber(), number);
        var orderPath = await agent.Locator("#intake-saved-link").GetAttributeAsync("href");
        Assert.NotNull(orderPath);

        // The form is empty again for the next call, the cursor back in the phone field.
        await Assertions.Expect(agent.Field("intake-phone")).ToHaveValueAsync(string.Empty);
        await Assertions.Expect(agent.Field("intake-phone")).ToBeFocusedAsync();

        // The street's officer finds it waiting for sign-off, signs it off and replies from the portal.
        var unit = await browser.NewPageAsync();
        await unit.SignInAsync("babaoshan.liu");
        await unit.OpenAsync("/hotline/unit");
        await Assertions.Expect(Control(unit, "unit-picker")).ToContainTextAsync("八宝山街道办事处");
        var row = unit.Locator($"tr.unit-row[data-number='{number}']");
        await Assertions.Expect(row).ToContainTextAsync("城乡建设 / 市容环境 / 占道经营");
        await Assertions.Expect(row.Locator(".unit-clock")).ToContainTextAsync("剩余");
        await unit.ScreenshotAsync("62-hotline-unit");
        await row.Locator(".unit-accept").ClickAsync();
        await Assertions.Expect(unit.Locator("#unit-message")).ToContainTextAsync($"已签收 {number}");
        await Assertions.Expect(row).ToHaveCountAsync(0);

        await unit.Locator(".mud-tab", new() { HasText = "办理中" }).ClickAsync();
        await Assertions.Expect(row).ToBeVisibleAsync();
        await row.Locator(".unit-reply").ClickAsync();
        await unit.Locator("#order-dialog-text textarea, textarea#order-dialog-text").First.FillAsync("已联合城管执法队清理占道摊位，设置隔离护栏，每日傍晚安排巡查。");
        await unit.ClickAsync("#order-dialog-submit");
        await Assertions.Expect(unit.Locator("#unit-message")).ToContainTextAsync($"回复 {number}");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await unit.Locator(".mud-tab", new() { HasText = "已回复" }).ClickAsync();
        await Assertions.Expect(row).ToBeVisibleAsync();

        // On the order page the officer records an on-site check with a photo and sees the caller only after giving a reason.
        await unit.OpenAsync("/" + orderPath!.TrimStart('/'));
        await Assertions.Expect(unit.Locator("#order-number")).ToHaveTextAsync(number);
        await Assertions.Expect(unit.Locator("#order-caller-masked")).ToContainTextAsync(phone[..3] + "****" + phone[^4..]);
        await Assertions.Expect(unit.Locator("#order-caller-masked")).Not.ToContainTextAsync(phone);
        await unit.ClickAsync("#order-do-reveal");
        await unit.Field("order-dialog-text").FillAsync("回复前与来电人核对办理结果");
        await unit.ClickAsync("#order-dialog-submit");
        await Assertions.Expect(unit.Locator("#order-caller-full")).ToContainTextAsync(phone);
        await Assertions.Expect(unit.Locator("#order-caller-full")).ToContainTextAsync("王建军");

        await unit.ClickAsync("#order-do-verify");
        await unit.Locator("#order-dialog-text textarea, textarea#order-dialog-text").First.FillAsync("现场已无摊位，护栏已安装。");
        await unit.Field("order-dialog-location").FillAsync("八宝山路12号院南门");
        await unit.Locator(".mud-dialog input[type=file]").SetInputFilesAsync(new FilePayload { Name = "south-gate.png", MimeType = "image/png", Buffer = Photo });
        await Assertions.Expect(unit.Locator("#order-dialog-chosen")).ToContainTextAsync("south-gate.png");
        await unit.ClickAsync("#order-dialog-submit");
        await Assertions.Expect(unit.Locator("#order-verifications img.order-photo")).ToHaveCountAsync(1);
        await Assertions.Expect(unit.Locator("#order-verifications")).ToContainTextAsync("护栏已安装");
        var photo = await unit.Locator("#order-verifications img.order-photo").GetAttributeAsync("src");
        var download = await unit.Context.APIRequest.GetAsync(photo!);
        Assert.Equal(200, download.Status);
        Assert.Equal(Photo, await download.BodyAsync());

        // The agent calls the caller back; the history tells the whole story.
        await agent.OpenAsync("/" + orderPath.TrimStart('/'));
        await Assertions.Expect(agent.Locator("#order-status")).ToHaveTextAsync("已回复待回访");
        await agent.ClickAsync("#order-do-callback");
        await agent.Locator("#order-dialog-satisfaction input[data-value='basically-satisfied']").ClickAsync();
        await agent.ClickAsync("#order-dialog-submit");
        await Assertions.Expect(agent.Locator("#order-status")).ToHaveTextAsync("已办结");
        await Assertions.Expect(agent.Locator("#order-callback-result")).ToContainTextAsync("基本满意");
        var actions = await agent.Locator("#order-history .order-event-action").AllInnerTextsAsync();
        Assert.Equal(["登记受理", "派单", "签收", "回复", "现场核实", "回访"], actions);
        await Assertions.Expect(agent.Locator("#order-history")).ToContainTextAsync("八宝山街道办事处");
        await Assertions.Expect(agent.Locator("#order-history")).ToContainTextAsync("babaoshan.liu");
        await Assertions.Expect(agent.Locator("#order-history")).ToContainTextAsync("投诉 / 城乡建设 / 市容环境 / 占道经营");
        await Assertions.Expect(agent.Locator("#order-reply")).ToContainTextAsync("设置隔离护栏");
        await agent.ScreenshotAsync("61-hotline-order");

        // The callback counts at once in this period's assessment: one more valid callback, ranked, with rates shown.
        Assert.Equal(before + 1, await RankedValidCallbacksAsync("u-sjs-babaoshan"));
    }

    /// <summary>Valid callbacks of a unit in the current period as the ranking page shows them (0 when unranked).</summary>
    private async Task<int> RankedValidCallbacksAsync(string unit)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("hotline.sun");
        await page.OpenAsync("/hotline/ranking");
        await Assertions.Expect(page.Locator("#rank-table, #rank-empty").First).ToBeVisibleAsync();
        var row = page.Locator($"#rank-table tr.rank-row[data-unit='{unit}']");
        if (await row.CountAsync() == 0)
        {
            await page.CloseAsync();
            return 0;
        }

        Assert.Matches("^[0-9]+$", await row.GetAttributeAsync("data-rank") ?? string.Empty);
        await Assertions.Expect(row.Locator(".rank-satisfaction")).ToContainTextAsync("%");
        var valid = int.Parse(await row.Locator(".rank-valid").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await page.CloseAsync();
        return valid;
    }

    [Fact]
    public async Task A_consultation_answered_from_a_knowledge_suggestion_closes_at_intake_and_shows_in_the_callers_history()
    {
        var phone = UniquePhone();
        var page = await browser.NewPageAsync();
        await page.SignInAsync("hotline.sun");
        await page.OpenAsync("/hotline/intake");
        await page.Field("intake-phone").FillAsync(phone);
        await page.Field("intake-name").FillAsync("李秀兰");
        await page.Locator("#intake-type input[data-type='consultation']").ClickAsync();
        await page.Field("intake-category").FillAsync("办事指南");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "政务服务 / 办事咨询 / 办事指南咨询" }).ClickAsync();
        await Assertions.Expect(page.Locator("#intake-limit")).ToContainTextAsync("咨询类（3个工作日）");
        await page.Locator("textarea#intake-content, #intake-content textarea").First.FillAsync("请问周六可以去区政务服务中心办事吗？");

        var hit = page.Locator(".intake-hit[data-code='QA-013']");
        await Assertions.Expect(hit).ToContainTextAsync("周六可以办事吗");
        await hit.Locator(".intake-use-answer").ClickAsync();
        await Assertions.Expect(page.Locator("textarea#intake-answer, #intake-answer textarea").First).ToHaveValueAsync(new Regex("延时服务"));
        await page.ScreenshotAsync("60b-hotline-intake-answer");
        await page.ClickAsync("#intake-close");
        await Assertions.Expect(page.Locator("#intake-saved")).ToContainTextAsync("已直接办结工单");
        var number = await page.Locator("#intake-saved-number").InnerTextAsync();
        Assert.Matches(OrderNumber(), number);

        // The same caller rings again: the history lists the answered consultation, and a click opens it.
        await page.Field("intake-phone").FillAsync(phone);
        var earlier = page.Locator($"#intake-history tr[data-number='{number}']");
        await Assertions.Expect(earlier).ToContainTextAsync("政务服务 / 办事咨询 / 办事指南咨询");
        await Assertions.Expect(earlier).ToContainTextAsync("已办结");
        var order = await page.Context.RunAndWaitForPageAsync(() => earlier.Locator("a").ClickAsync());
        await order.WaitForInteractiveAsync();
        await Assertions.Expect(order.Locator("#order-status")).ToHaveTextAsync("已办结");
        await Assertions.Expect(order.Locator("#order-reply")).ToContainTextAsync("受理时直接答复");
        await Assertions.Expect(order.Locator("#order-reply")).ToContainTextAsync("QA-013");
        var actions = await order.Locator("#order-history .order-event-action").AllInnerTextsAsync();
        Assert.Equal(["登记受理", "直接办结"], actions);
    }

    [Fact]
    public async Task Intake_shows_refusals_beside_the_fields_esc_clears_alt_d_dispatches_and_enter_registers_for_later_dispatch()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("hotline.sun");
        await page.OpenAsync("/hotline/intake");
        await page.Field("intake-phone").FillAsync("12345");
        await page.Locator("textarea#intake-content, #intake-content textarea").First.FillAsync("路灯不亮");
        await page.Locator("textarea#intake-content, #intake-content textarea").First.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#intake-message")).ToContainTextAsync("请按提示修改");
        await Assertions.Expect(Control(page, "intake-phone")).ToContainTextAsync("11 位手机号");
        await Assertions.Expect(Control(page, "intake-category")).ToContainTextAsync("请选择三级分类");
        await Assertions.Expect(page.Locator("#intake-saved")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Field("intake-phone")).ToHaveValueAsync("12345");

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Field("intake-phone")).ToHaveValueAsync(string.Empty);
        await Assertions.Expect(page.Locator("#intake-message")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Field("intake-phone")).ToBeFocusedAsync();

        // A street lamp goes to the unit the category names; Alt+D registers and dispatches from anywhere in the form.
        await page.Keyboard.TypeAsync("010-68871234");
        await page.Field("intake-category").FillAsync("路灯");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "城乡建设 / 市政设施 / 路灯不亮" }).ClickAsync();
        await Assertions.Expect(page.Locator("#intake-suggested-unit")).ToHaveTextAsync("区城市管理委员会");
        await page.Locator("textarea#intake-content, #intake-content textarea").First.FillAsync("模式口大街东口路灯连续三晚不亮。");
        await page.Keyboard.PressAsync("Alt+d");
        await Assertions.Expect(page.Locator("#intake-saved")).ToContainTextAsync("已登记并派往 区城市管理委员会");
        await Assertions.Expect(page.Field("intake-phone")).ToHaveValueAsync(string.Empty);

        // Enter only registers; the agent dispatches later on the order page, the suggested unit already chosen.
        await page.Keyboard.TypeAsync("010-68871234");
        await page.Field("intake-category").FillAsync("井盖");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "城乡建设 / 市政设施 / 井盖缺失" }).ClickAsync();

        // A landline has no digit count to wait for: its history comes when the phone field is left.
        await Assertions.Expect(page.Locator("#intake-history .intake-history-row")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#intake-history")).ToContainTextAsync("城乡建设 / 市政设施 / 路灯不亮");
        var content = page.Locator("textarea#intake-content, #intake-content textarea").First;
        await content.FillAsync("模式口大街东口井盖缺失，已用路障围住。");
        await content.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#intake-saved")).ToContainTextAsync("已登记工单");
        await page.ClickAsync("#intake-saved-link");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("#order-status")).ToHaveTextAsync("待派单");
        await Assertions.Expect(page.Locator("#order-unit")).ToHaveTextAsync("未派单");
        await page.ClickAsync("#order-do-dispatch");
        await Assertions.Expect(Control(page, "order-dialog-unit")).ToContainTextAsync("区城市管理委员会（建议）");
        await page.ClickAsync("#order-dialog-submit");
        await Assertions.Expect(page.Locator("#order-status")).ToHaveTextAsync("待签收");
        await Assertions.Expect(page.Locator("#order-unit")).ToHaveTextAsync("区城市管理委员会");
        await Assertions.Expect(page.Locator("#order-respond-by")).ToContainTextAsync("签收时限");
    }

    /// <summary>The whole MudBlazor field (label, input, helper or error text) around the control with that id.</summary>
    private static ILocator Control(IPage page, string id) =>
        page.Locator($".mud-input-control:has(#{id}), .mud-input-control#{id}").First;

    /// <summary>A mobile number no other test uses, so the caller's history holds only this test's orders.</summary>
    private static string UniquePhone() =>
        "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{14}$")]
    private static partial Regex OrderNumber();
}
