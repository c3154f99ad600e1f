using Microsoft.Playwright;

namespace Intake.IntegrationTests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (browser downloads are impossible here, so it is launched by its
/// path). Missing Chromium skips the browser tests on a developer's machine and fails them in CI, whose
/// <c>.ci/run</c> installs it.
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        var inCi = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        Skip.If(!File.Exists(ExecutablePath) && !inCi, "Chromium is not installed (apt-get install -y chromium fonts-noto-cjk); .ci/run installs it.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Args = ["--no-sandbox", "--lang=zh-CN"],
            Headless = true,
        });
        return new Chromium(playwright, browser);
    }

    /// <summary>A page whose every dialog (an <c>alert</c> a script would raise) is recorded.</summary>
    public async Task<(IPage Page, List<string> Dialogs)> OpenAsync(Uri address, string? principal = null)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = address.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            // What App Service Authentication would add to every request of a signed-in user.
            ExtraHTTPHeaders = principal is null ? null : new Dictionary<string, string> { [Intake.Web.Access.ClientPrincipal.HeaderName] = principal },
        });
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        return (page, dialogs);
    }

    /// <summary>Saves a full-page screenshot beside the test results (TestResults/screenshots).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
