using System.Text;
using System.Text.Json;

namespace Intake.Web.Access;

/// <summary>
/// The signed-in user as App Service Authentication describes them in the <c>X-MS-CLIENT-PRINCIPAL</c>
/// header: base64 of <c>{"auth_typ":…,"claims":[{"typ":…,"val":…}],"name_typ":…,"role_typ":…}</c>.
/// The platform strips that header from incoming requests and sets it itself, so it is believed only where the
/// platform says authentication is on (<see cref="SignIn"/>). A user is known by their Entra object id and tenant id
/// alone: names, e-mail addresses and the claim <c>name_typ</c> points to are things a user or a guest can shape.
/// </summary>
public sealed record ClientPrincipal(string AuthenticationType, IReadOnlyList<KeyValuePair<string, string>> Claims, string? NameType)
{
    public const string HeaderName = "X-MS-CLIENT-PRINCIPAL";

    private static readonly string[] ObjectIdTypes = ["http://schemas.microsoft.com/identity/claims/objectidentifier", "oid"];

    private static readonly string[] TenantIdTypes = ["http://schemas.microsoft.com/identity/claims/tenantid", "tid"];

    private static readonly string[] NameTypes =
    [
        "preferred_username",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
        "email",
        "upn",
    ];

    /// <summary>The name to show (never used to find the user): the claim <see cref="NameType"/> names, else the first name found.</summary>
    public string? Name => Value(NameType is null ? NameTypes : [NameType, .. NameTypes]);

    /// <summary>The user's Entra object id (claim <c>oid</c>), in lower case; null when the platform gave none.</summary>
    public string? ObjectId => Value(ObjectIdTypes)?.Trim().ToLowerInvariant();

    /// <summary>The id of the tenant the user signed in to (claim <c>tid</c>), in lower case; null when the platform gave none.</summary>
    public string? TenantId => Value(TenantIdTypes)?.Trim().ToLowerInvariant();

    /// <summary>Reads the header; null when it is absent or not a principal.</summary>
    public static ClientPrincipal? FromHeader(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var bytes = new byte[header.Length];
        if (!Convert.TryFromBase64String(header.Trim(), bytes, out var length))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(bytes, 0, length));
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var list = claims.EnumerateArray()
                .Where(c => c.ValueKind == JsonValueKind.Object)
                .Select(c => KeyValuePair.Create(Text(c, "typ") ?? string.Empty, Text(c, "val") ?? string.Empty))
                .Where(c => c.Key.Length > 0)
                .ToList();
            return new ClientPrincipal(Text(root, "auth_typ") ?? string.Empty, list, Text(root, "name_typ"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string? Value(IEnumerable<string> types) =>
        types.Select(t => Claims.FirstOrDefault(c => c.Key == t).Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
