using System.Text;
using System.Text.Json;

namespace Intake.IntegrationTests.Support;

/// <summary>X-MS-CLIENT-PRINCIPAL headers as App Service Authentication writes them for an Entra ID user.</summary>
internal static class Principals
{
    public static string Header(string userName, string objectId)
    {
        var principal = new
        {
            auth_typ = "aad",
            claims = new[]
            {
                new { typ = "preferred_username", val = userName },
                new { typ = "http://schemas.microsoft.com/identity/claims/objectidentifier", val = objectId },
                new { typ = "name", val = "测试用户" },
            },
            name_typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
            role_typ = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
        };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(principal)));
    }
}
