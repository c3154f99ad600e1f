using Intake.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Support;

/// <summary>The pipeline's services as the function app registers them, pointed at the test Azurite.</summary>
internal static class IntakeServices
{
    public static ServiceProvider For(AzuriteFixture azurite, TimeProvider? clock = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageNames.ConnectionSetting] = azurite.ConnectionString })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        return services.AddIntake().BuildServiceProvider();
    }
}
