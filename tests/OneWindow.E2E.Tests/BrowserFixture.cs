using Microsoft.Playwright;
using OneWindow.Testing;

namespace OneWindow.E2E.Tests;

/// <summary>The app on a real Kestrel port and Debian's Chromium driven by Playwright (never a downloaded browser).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public AppFactory App { get; } = new(kestrel: true, settings: new Dictionary<string, string?> { ["OneWindow:Demo:QueueHistoryDays"] = "28", ["OneWindow:Demo:CaseHistory"] = "true" });

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    public static string ScreenshotDirectory
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("ONEWINDOW_TEST_ARTIFACTS") ?? Path.Combine(AppContext.BaseDirectory, "artifacts");
            var directory = Path.Combine(root, "screenshots");
            Directory.CreateDirectory(directory);
            return directory;
        }
    }

    public async Task InitializeAsync()
    {
        BaseAddress = App.ServerAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task<IPage> NewPageAsync(string locale = "zh-CN")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        context.SetDefaultTimeout(20_000);

        // Expectations wait as long as actions do: a loaded machine renders a Blazor answer in seconds, not in 5.
        Assertions.SetDefaultExpectTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        File.WriteAllLines("/tmp/e2e-app.log", App.Logs.Lines);
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
