using Intake.IntegrationTests.Support;
using Intake.Web.Access;

namespace Intake.Adapters.Tests.Web;

public sealed class ClientPrincipalTests
{
    [Fact]
    public void ThePlatformsHeaderGivesTheUsersObjectIdAndTenantIdInLowerCase()
    {
        var principal = ClientPrincipal.FromHeader(Principals.Header("Clerk@Xiawo.example", "ABC-1", "TENANT-9"));

        Assert.NotNull(principal);
        Assert.Equal("aad", principal.AuthenticationType);
        Assert.Equal(("abc-1", "tenant-9"), (principal.ObjectId, principal.TenantId));
        Assert.Equal("Clerk@Xiawo.example", principal.Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("bm90IGpzb24=")]
    [InlineData("eyJjbGFpbXMiOjF9")]
    public void AHeaderThatIsNotAPrincipalIsNone(string? header) => Assert.Null(ClientPrincipal.FromHeader(header));
}
