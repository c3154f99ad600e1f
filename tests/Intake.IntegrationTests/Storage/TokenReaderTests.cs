using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Intake.IntegrationTests.Support;
using Intake.Local.Azurite;
using Intake.Storage;
using Intake.Storage.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.IntegrationTests.Storage;

/// <summary>
/// The downstream path of a deployed account, which has no shared keys: a reader signs in with a bearer token. Azurite
/// with OAuth (<c>--oauth basic</c>, over HTTPS with a certificate made for this test) stands in for Azure Storage; the
/// reader is the documented script, <c>tools/interop/current-facts.mjs</c>, given a token and no key.
/// </summary>
public sealed class TokenReaderTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("azurite-oauth").FullName;
    private X509Certificate2 _certificate = null!;
    private AzuriteServer _azurite = null!;

    public async Task InitializeAsync()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        _certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        await File.WriteAllTextAsync(CertificatePath, _certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(Path.Combine(_folder, "key.pem"), key.ExportPkcs8PrivateKeyPem());
        _azurite = await AzuriteServer.StartAsync(new AzuriteOptions
        {
            UseFreePorts = true,
            Certificate = new AzuriteCertificate(CertificatePath, Path.Combine(_folder, "key.pem")),
            OAuth = true,
        }, NullLogger.Instance);
    }

    public async Task DisposeAsync()
    {
        await _azurite.DisposeAsync();
        _certificate.Dispose();
    }

    private string CertificatePath => Path.Combine(_folder, "cert.pem");

    [Fact]
    public async Task AReaderWithABearerTokenAndNoKeyReadsTheCurrentFactsAndTheNameTables()
    {
        // The pipeline writes as it does (here with the emulator's key); a report and its correction, so that only
        // the correction's facts are current.
        await using var services = Services();
        await services.GetRequiredService<IntakeStorage>().EnsureCreatedAsync();
        var handler = services.GetRequiredService<IngestReportHandler>();
        var inbox = new BlobServiceClient(_azurite.ConnectionString, new BlobClientOptions { Transport = Transport() }).GetBlobContainerClient(StorageNames.InboxContainer);
        foreach (var visits in new[] { 10, 12 })
        {
            var blob = inbox.GetBlobClient("峡窝镇2022年第40周周报.csv");
            await blob.UploadAsync(new BinaryData(Encoding.UTF8.GetBytes($"指标,本周\n走访企业,{visits}\n排查安全隐患,3\n")), overwrite: true);
            await handler.HandleAsync(blob);
        }

        var read = await ReadAsync(Token("https://storage.azure.com"));

        Assert.True(read.ExitCode == 0, read.StandardError);
        var facts = JsonDocument.Parse(read.StandardOutput).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, facts.Count);
        var visitsFact = Assert.Single(facts, f => f.GetProperty("indicator").GetString() == "enterprise_visits");
        Assert.Equal((12d, "走访企业", "峡窝镇", "period"),
            (visitsFact.GetProperty("value").GetDouble(), visitsFact.GetProperty("indicatorName").GetString(), visitsFact.GetProperty("orgUnitName").GetString(), visitsFact.GetProperty("measure").GetString()));

        // The same with Azure.Data.Tables and a token credential, as a C# script would read the name tables.
        var tables = new TableServiceClient(_azurite.TableServiceUri, Credential(Token("https://storage.azure.com")), new TableClientOptions { Transport = Transport() });
        var units = await tables.GetTableClient(StorageNames.OrgUnitsTable).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"catalog"}")).ToListAsync();
        Assert.Equal("矿山街道", units.Single(u => u.RowKey == "kuangshan")["NameZh"]);
    }

    [Fact]
    public async Task ATokenForAnotherAudienceIsRefused()
    {
        await using var services = Services();
        await services.GetRequiredService<Intake.Storage.Tables.CatalogMirror>().WriteAsync();

        var read = await ReadAsync(Token("https://vault.azure.net"));

        Assert.NotEqual(0, read.ExitCode);
        Assert.Contains("audience", read.StandardError, StringComparison.OrdinalIgnoreCase);
    }

    private Task<ProcessRunner.Result> ReadAsync(string token) =>
        ProcessRunner.InteropAsync(
            new Dictionary<string, string>
            {
                ["INTAKE_TABLE_ENDPOINT"] = _azurite.TableServiceUri.ToString().TrimEnd('/'),
                ["INTAKE_ACCESS_TOKEN"] = token,
                ["NODE_EXTRA_CA_CERTS"] = CertificatePath,
            },
            "current-facts.mjs", "2022-W40");

    private ServiceProvider Services() =>
        new ServiceCollection()
            .AddSingleton(new IntakeStorage(_azurite.ConnectionString, new TableClientOptions { Transport = Transport() }, new BlobClientOptions { Transport = Transport() }))
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging()
            .AddIntake()
            .BuildServiceProvider();

    // The emulator's certificate, and no other, is trusted.
    private HttpClientTransport Transport() =>
        new(new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == _certificate.Thumbprint });

    private static TokenCredential Credential(string token) =>
        DelegatedTokenCredential.Create((_, _) => new AccessToken(token, DateTimeOffset.UtcNow.AddMinutes(50)));

    // What Entra ID would issue for Azure Storage: Azurite's basic OAuth checks issuer, audience and lifetime.
    private string Token(string audience)
    {
        static string Part(object value) => Base64Url(JsonSerializer.SerializeToUtf8Bytes(value));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var unsigned = Part(new { alg = "RS256", typ = "JWT" }) + "." + Part(new
        {
            aud = audience,
            iss = "https://sts.windows.net/72f988bf-0000-0000-0000-000000000000/",
            iat = now - 60,
            nbf = now - 60,
            exp = now + 3600,
            oid = Guid.NewGuid(),
            upn = "analyst@shangjie.example",
        });
        using var key = _certificate.GetRSAPrivateKey();
        var signature = key is null ? [] : key.SignData(Encoding.ASCII.GetBytes(unsigned), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return unsigned + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
