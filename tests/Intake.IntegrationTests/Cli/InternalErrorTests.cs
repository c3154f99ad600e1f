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
        var (exit, output, error) = await ParseAsync(RepositoryPaths.Sample("城管局2022年第13周周报.xlsx"), new ThrowingTableReader());

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("simulated bug in layout reading", line, StringComparison.Ordinal);
        Assert.DoesNotContain("unreadable-file", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANullReferenceInsideTheXlsxReadingMakesParseExitThreeNotAnUnreadableFile()
    {
        var (exit, output, error) = await ParseAsync(RepositoryPaths.Sample("城管局2022年第13周周报.xlsx"), new FailingRowsTableReader(failAfterRows: 3));

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(nameof(NullReferenceException), line, StringComparison.Ordinal);
        Assert.DoesNotContain("unreadable-file", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorruptXlsxContentIsStillAnUnreadableFileThatParseRejects()
    {
        var bytes = await File.ReadAllBytesAsync(RepositoryPaths.Sample("城管局2022年第13周周报.xlsx"));
        for (var i = 200; i < bytes.Length; i += 7)
        {
            bytes[i] ^= 0x5A;
        }

        var path = Path.Combine(Path.GetTempPath(), $"corrupt-{Guid.NewGuid():N}", "城管局2022年第13周周报.xlsx");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes);
        try
        {
            var (exit, output, error) = await ParseAsync(path, tables: null, "--lang", "en");

            Assert.Equal(ExitCodes.Rejected, exit);
            Assert.Equal(string.Empty, error);
            Assert.Contains("the file cannot be read", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    // The text feedback goes to Console.Out; --json would write to the raw standard output, which is not captured.
    private static async Task<(int Exit, string Output, string Error)> ParseAsync(string path, ISheetTableReader? tables, params string[] options)
    {
        var error = new StringWriter();
        var output = new StringWriter();
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = await IntakeCommandLine.RunAsync(
                ["parse", path, .. options],
                services =>
                {
                    if (tables is not null)
                    {
                        services.AddSingleton(tables);
                    }
                });
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
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
