using System.Text;
using System.Text.Json;

namespace Intake.IntegrationTests.Support;

/// <summary>X-MS-CLIENT-PRINCIPAL headers as App Service Authentication writes them for an Entra ID user.</summary>
internal static class Principals
{
    /// <summary>The tenant the test users sign in to.</summary>
    public const string Tenant = "72f988bf-0000-4000-8000-00000000a11c";

    public static string Header(string userName, string objectId, string tenantId = Tenant)
    {
        var principal = new
        {
            auth_typ = "aad",
            claims = new[]
            {
                new { typ = "preferred_username", val = userName },
                new { typ = "http://schemas.microsoft.com/identity/claims/objectidentifier", val = objectId },
                new { typ = "http://schemas.microsoft.com/identity/claims/tenantid", val = tenantId },
                new { typ = "email", val = userName },
                new { typ = "name", val = "测试用户" },
            },
            name_typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
            role_typ = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
        };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(principal)));
    }
}
