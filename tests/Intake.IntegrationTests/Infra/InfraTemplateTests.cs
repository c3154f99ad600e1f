using System.Text.Json.Nodes;
using Intake.IntegrationTests.Support;

namespace Intake.IntegrationTests.Infra;

/// <summary>
/// The ARM JSON that <c>bicep build</c> (tools/bicep, from NuGet) makes of infra/, read as Azure would deploy it for a
/// given set of parameters: roles, app settings, sign-in, dead-lettering, soft delete.
/// </summary>
public sealed class InfraTemplateTests
{
    private const string BlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string BlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string QueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

    private static readonly Lazy<Task<JsonObject>> Main = new(() => BuildAsync("infra/main.bicep"));
    private static readonly Lazy<Task<JsonObject>> InboxSubscription = new(() => BuildAsync("infra/inbox-subscription.bicep"));

    [Fact]
    public async Task TheAppsIdentityAndTheDeployerGetTheStorageRolesTheyNeed()
    {
        var deployment = await DeployAsync(principalId: "deployer-object-id");
        var storageRoles = deployment.OfType("Microsoft.Authorization/roleAssignments").ToList();

        var identityRoles = storageRoles.Where(r => (string?)r["properties"]!["principalType"] == "ServicePrincipal" && ((string)r["properties"]!["principalId"]!).Contains("id-intake-", StringComparison.Ordinal));
        Assert.Equal(new[] { BlobDataOwner, QueueDataContributor, TableDataContributor }.Order(), identityRoles.Select(RoleOf).Where(r => r != "3913510d-42f4-4e42-8a64-420c390055eb").Order());
        var deployerRoles = storageRoles.Where(r => (string?)r["properties"]!["principalId"] == "deployer-object-id").Select(RoleOf).Order();
        Assert.Equal(new[] { BlobDataContributor, TableDataContributor }.Order(), deployerRoles);
        Assert.DoesNotContain(storageRoles, r => (string?)r["properties"]!["principalId"] == string.Empty);
        Assert.DoesNotContain((await DeployAsync(principalId: string.Empty)).OfType("Microsoft.Authorization/roleAssignments"), r => (string?)r["properties"]!["principalId"] == string.Empty);
    }

    [Theory]
    [InlineData("core.windows.net")]
    [InlineData("core.chinacloudapi.cn")]
    public async Task TheHostAndThePipelineReachStorageByServiceUrisOfTheCloudTheyRunIn(string suffix)
    {
        var settings = AppSettings(await DeployAsync(storageSuffix: suffix));

        foreach (var prefix in new[] { "AzureWebJobsStorage", "IntakeStorage" })
        {
            Assert.Equal($"https://stintaketoken.blob.{suffix}", settings[$"{prefix}__blobServiceUri"]);
            Assert.Equal($"https://stintaketoken.queue.{suffix}", settings[$"{prefix}__queueServiceUri"]);
            Assert.Equal($"https://stintaketoken.table.{suffix}", settings[$"{prefix}__tableServiceUri"]);
            Assert.Equal("managedidentity", settings[$"{prefix}__credential"]);
        }

        Assert.DoesNotContain(settings.Keys, k => k.EndsWith("__accountName", StringComparison.Ordinal));
        Assert.DoesNotContain(settings.Values, v => v.Contains("core.windows.net", StringComparison.Ordinal) && suffix != "core.windows.net");
        Assert.Equal("AppService", settings["Intake__Web__Access"]);
        Assert.DoesNotContain("WEBSITE_AUTH_ENABLED", settings.Keys);
    }

    [Fact]
    public async Task WithAnAppRegistrationSignInIsRequiredOnEveryRouteButTheWebhookAndNoTokenIsStored()
    {
        var deployment = await DeployAsync(entraClientId: "11111111-2222-3333-4444-555555555555");
        var auth = deployment.Single("Microsoft.Web/sites/config", "/authsettingsV2")["properties"]!;

        Assert.True((bool)auth["platform"]!["enabled"]!);
        Assert.True((bool)auth["globalValidation"]!["requireAuthentication"]!);
        Assert.Equal("RedirectToLoginPage", (string?)auth["globalValidation"]!["unauthenticatedClientAction"]);
        Assert.Equal(["/runtime/webhooks/blobs"], auth["globalValidation"]!["excludedPaths"]!.AsArray().Select(p => (string)p!));
        Assert.True((bool)auth["identityProviders"]!["azureActiveDirectory"]!["enabled"]!);
        Assert.Equal("11111111-2222-3333-4444-555555555555", (string?)auth["identityProviders"]!["azureActiveDirectory"]!["registration"]!["clientId"]);
        Assert.False((bool)auth["login"]!["tokenStore"]!["enabled"]!);
        Assert.True((bool)auth["httpSettings"]!["requireHttps"]!);
        Assert.Equal("on", (string?)deployment.Outputs["INTAKE_WEB_SIGN_IN"]);
    }

    [Fact]
    public async Task WithoutAnAppRegistrationThePipelineIsDeployedAndThePageIsClosed()
    {
        var deployment = await DeployAsync(entraClientId: string.Empty);

        Assert.DoesNotContain(deployment.OfType("Microsoft.Web/sites/config"), r => ((string)r["name"]!).EndsWith("/authsettingsV2", StringComparison.Ordinal));
        Assert.Single(deployment.OfType("Microsoft.Web/sites"));
        Assert.Single(deployment.OfType("Microsoft.EventGrid/systemTopics"));
        var settings = AppSettings(deployment);
        // Nothing sets WEBSITE_AUTH_ENABLED or opens the page: without the platform's sign-in, every route answers 503.
        Assert.Equal("AppService", settings["Intake__Web__Access"]);
        Assert.DoesNotContain("WEBSITE_AUTH_ENABLED", settings.Keys);
        Assert.Equal("off", (string?)deployment.Outputs["INTAKE_WEB_SIGN_IN"]);
    }

    [Fact]
    public async Task AnEventEventGridCannotDeliverIsDeadLetteredIntoAContainerWithTheTopicsIdentityAndAlertsFire()
    {
        var deployment = await DeployAsync(alertEmail: "ops@shangjie.example");
        var topic = Assert.Single(deployment.OfType("Microsoft.EventGrid/systemTopics"));
        Assert.Equal("SystemAssigned", (string?)topic["identity"]!["type"]);
        var container = deployment.Single("Microsoft.Storage/storageAccounts/blobServices/containers", "/reports-deadletter");
        var writer = Assert.Single(deployment.OfType("Microsoft.Authorization/roleAssignments"), r => ((string)r["scope"]!).EndsWith("/reports-deadletter", StringComparison.Ordinal));
        Assert.Equal(BlobDataContributor, RoleOf(writer));
        Assert.Contains("evgt-intake-token", (string)writer["properties"]!["principalId"]!, StringComparison.Ordinal);
        Assert.NotNull(container);
        Assert.Equal("reports-deadletter", (string?)deployment.Outputs["AZURE_DEAD_LETTER_CONTAINER"]);

        var subscription = Assert.Single(new ArmDeployment(await InboxSubscription.Value, new Dictionary<string, JsonNode?>
        {
            ["functionAppName"] = "func-intake-token",
            ["eventGridTopicName"] = "evgt-intake-token",
            ["storageAccountName"] = "stintaketoken",
            ["deadLetterContainerName"] = "reports-deadletter",
        }).Resources)["properties"]!;
        var deadLetter = subscription["deadLetterWithResourceIdentity"]!;
        Assert.Equal("SystemAssigned", (string?)deadLetter["identity"]!["type"]);
        Assert.Equal("StorageBlob", (string?)deadLetter["deadLetterDestination"]!["endpointType"]);
        Assert.Equal("reports-deadletter", (string?)deadLetter["deadLetterDestination"]!["properties"]!["blobContainerName"]);
        Assert.EndsWith("/Microsoft.Storage/storageAccounts/stintaketoken", (string)deadLetter["deadLetterDestination"]!["properties"]!["resourceId"]!, StringComparison.Ordinal);
        Assert.Equal("/blobServices/default/containers/reports-inbox/", (string?)subscription["filter"]!["subjectBeginsWith"]);
        Assert.Contains("listKeys(", (string)subscription["destination"]!["properties"]!["endpointUrl"]!, StringComparison.Ordinal);

        var alerts = deployment.OfType("Microsoft.Insights/metricAlerts").Concat(deployment.OfType("Microsoft.Insights/scheduledQueryRules")).ToList();
        Assert.Contains(alerts, a => a["properties"]!["criteria"]!["allOf"]![0]!["metricName"]?.ToString() == "DeadLetteredCount"
            && ((string)a["properties"]!["scopes"]![0]!).Contains("evgt-intake-token", StringComparison.Ordinal));
        Assert.Contains(alerts, a => a["properties"]!["criteria"]!["allOf"]![0]!["query"]?.ToString().Contains("QuarantinePoisonBlob", StringComparison.Ordinal) == true);
        Assert.Contains(alerts, a => a["properties"]!["criteria"]!["allOf"]![0]!["metricName"]?.ToString() == "QueueMessageCount");
        Assert.Single(deployment.OfType("Microsoft.Insights/actionGroups"));
        Assert.All(deployment.OfType("Microsoft.Insights/metricAlerts"), a => Assert.Single(a["properties"]!["actions"]!.AsArray()));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(90)]
    public async Task TheReportContainersHaveSoftDeleteAndVersionsKeptForTheRetentionGiven(int days)
    {
        var deployment = await DeployAsync(blobRetentionDays: days);
        var blobs = Assert.Single(deployment.OfType("Microsoft.Storage/storageAccounts/blobServices"))["properties"]!;

        Assert.True((bool)blobs["isVersioningEnabled"]!);
        Assert.True((bool)blobs["deleteRetentionPolicy"]!["enabled"]!);
        Assert.Equal(days, (double)blobs["deleteRetentionPolicy"]!["days"]!);
        Assert.Equal(days, (double)blobs["containerDeleteRetentionPolicy"]!["days"]!);
        var rule = Assert.Single(Assert.Single(deployment.OfType("Microsoft.Storage/storageAccounts/managementPolicies"))["properties"]!["policy"]!["rules"]!.AsArray())!;
        Assert.Equal(days, (double)rule["definition"]!["actions"]!["version"]!["delete"]!["daysAfterCreationGreaterThan"]!);
        var containers = deployment.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").Select(c => ((string)c["name"]!).Split('/')[^1]).ToList();
        Assert.Superset(new HashSet<string> { "reports-inbox", "reports-archive", "reports-rejected", "reports-feedback" }, containers.ToHashSet());
        Assert.Equal(30d, (double)(await Main.Value)["parameters"]!["blobRetentionDays"]!["defaultValue"]!);
    }

    private static string RoleOf(JsonObject assignment) => ((string)assignment["properties"]!["roleDefinitionId"]!).Split('/')[^1];

    private static Dictionary<string, string> AppSettings(ArmDeployment deployment) =>
        deployment.Single("Microsoft.Web/sites/config", "/appsettings")["properties"]!.AsObject().ToDictionary(p => p.Key, p => p.Value?.ToString() ?? string.Empty);

    private static async Task<ArmDeployment> DeployAsync(
        string principalId = "", string entraClientId = "", string alertEmail = "", int blobRetentionDays = 30, string storageSuffix = "core.windows.net") =>
        new(await Main.Value, new Dictionary<string, JsonNode?>
        {
            ["environmentName"] = "intake-test",
            ["location"] = "eastasia",
            ["principalId"] = principalId,
            ["entraClientId"] = entraClientId,
            ["entraClientSecret"] = entraClientId.Length > 0 ? "secret" : string.Empty,
            ["alertEmail"] = alertEmail,
            ["blobRetentionDays"] = (double)blobRetentionDays,
        }, storageSuffix);

    private static async Task<JsonObject> BuildAsync(string template)
    {
        var build = await ProcessRunner.RunAsync(Path.Combine(RepositoryPaths.Root, "tools", "bicep", "bicep"), ["build", template, "--stdout"], timeout: TimeSpan.FromMinutes(5));
        Assert.True(build.ExitCode == 0, build.StandardError);
        Assert.True(build.StandardError.Length == 0, "bicep build reported: " + build.StandardError);
        return JsonNode.Parse(build.StandardOutput)!.AsObject();
    }
}
