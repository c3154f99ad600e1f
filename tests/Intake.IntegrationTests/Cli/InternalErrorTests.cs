using Intake.Cli;
using Intake.Core.Layout;
using Intake.IntegrationTests.Support;
using Intake.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Cli;

/// <summary>
/// Our own bug is never reported as a bad file: the CLI exits 3 with one line, and the blob
/// trigger's handler throws so that the host retries it (and the poison path records it at the end).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class InternalErrorTests
{
    [Fact]
    public async Task ABugInLayoutReadingMakesParseExitThreeWithOneLine()
    {
        var error = new StringWriter();
        var output = new StringWriter();
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        int exit;
        try
        {
            exit = await IntakeCommandLine.RunAsync(
                ["parse", RepositoryPaths.Sample("城管局2022年第13周周报.xlsx"), "--json"],
                services => services.AddSingleton<ISheetTableReader>(new ThrowingTableReader()));
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Equal(string.Empty, output.ToString());
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("simulated bug in layout reading", line, StringComparison.Ordinal);
        Assert.DoesNotContain("unreadable-file", line, StringComparison.Ordinal);
    }
}

[Collection(AzuriteCollection.Name)]
public sealed class InternalErrorInTheHandlerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ABugInLayoutReadingPropagatesFromTheHandlerAndTheUploadStaysInTheInbox()
    {
        var blob = await TestReports.UploadSampleAsync(azurite, "城管局2022年第13周周报.xlsx", "bug/城管局2022年第13周周报.xlsx");
        var handler = HandlerFactory.Create(azurite, tables: new ThrowingTableReader());

        await Assert.ThrowsAsync<InvalidOperationException>(() => handler.HandleAsync(blob));

        Assert.True((await blob.ExistsAsync()).Value);
        var rejected = azurite.Storage.Container(StorageNames.RejectedContainer).GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions());
        await foreach (var item in rejected)
        {
            Assert.DoesNotContain("bug/", item.Name, StringComparison.Ordinal);
        }
    }
}
