namespace Intake.Local.Azurite;

internal static class AzuriteConnectionString
{
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    // Azurite's fixed, publicly documented development account: not a secret, the same on every machine.
    private const string AccountName = "devstoreaccount1";
    private const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    // Spelled out in full because UseDevelopmentStorage=true cannot name non-standard ports.
    public static string For(AzuritePorts ports, bool https = false)
    {
        var scheme = https ? "https" : "http";
        return $"DefaultEndpointsProtocol={scheme};AccountName={AccountName};AccountKey={AccountKey};"
            + $"BlobEndpoint={Endpoint(scheme, ports.Blob)};QueueEndpoint={Endpoint(scheme, ports.Queue)};TableEndpoint={Endpoint(scheme, ports.Table)};";
    }

    /// <summary>The table service's URI, for clients that sign in with a token instead of the key.</summary>
    public static Uri TableEndpoint(AzuritePorts ports, bool https) => new(Endpoint(https ? "https" : "http", ports.Table));

    private static string Endpoint(string scheme, int port) => $"{scheme}://127.0.0.1:{port}/{AccountName}";
}
