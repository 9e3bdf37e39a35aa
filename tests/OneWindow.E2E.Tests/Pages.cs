using Microsoft.Playwright;

namespace OneWindow.E2E.Tests;

/// <summary>What a person does on any page: sign in, wait until the page reacts, fill a field, keep a screenshot.</summary>
internal static class Pages
{
    public static async Task SignInAsync(this IPage page, string userName = "admin", string password = "Demo@2026!")
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Blazor pages are prerendered; clicks before the circuit starts are lost.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) => page.WaitForSelectorAsync("#main[data-interactive='true']");

    public static async Task OpenAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>The input of a MudTextField whose id is on its wrapper or on the input itself.</summary>
    public static ILocator Field(this IPage page, string id) => page.Locator($"input#{id}, #{id} input").First;

    /// <summary>
    /// Replaces window.print with a counter: the test sees that the page asked to print, and no print job of the
    /// headless browser is left running to collide with a later PDF.
    /// </summary>
    public static Task StubPrintAsync(this IPage page) =>
        page.EvaluateAsync("() => { window.owPrints = 0; window.print = () => { window.owPrints++; }; }");

    public static async Task<int> PrintsAsync(this IPage page) => await page.EvaluateAsync<int>("() => window.owPrints || 0");

    public static async Task ScreenshotAsync(this IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png"), FullPage = true });
}
