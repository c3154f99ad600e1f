using Intake.Storage;
using Intake.Local.Azurite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.IntegrationTests.Support;

/// <summary>One real Azurite, in memory on free ports, for every integration test of the run.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;

    public string ConnectionString => _server?.ConnectionString ?? throw new InvalidOperationException("Azurite is not started.");

    public IntakeStorage Storage { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = await AzuriteServer.StartAsync(new AzuriteOptions { UseFreePorts = true }, NullLogger.Instance);
        Storage = new IntakeStorage(ConnectionString);
        await Storage.EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
