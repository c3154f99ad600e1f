namespace Intake.Local.Azurite;

internal static class AzuriteConnectionString
{
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    // Azurite's fixed, publicly documented development account: not a secret, the same on every machine.
    private const string AccountName = "devstoreaccount1";
    private const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    // Spelled out in full because UseDevelopmentStorage=true cannot name non-standard ports.
    public static string For(AzuritePorts ports) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};"
        + $"BlobEndpoint={Endpoint(ports.Blob)};QueueEndpoint={Endpoint(ports.Queue)};TableEndpoint={Endpoint(ports.Table)};";

    private static string Endpoint(int port) => $"http://127.0.0.1:{port}/{AccountName}";
}
