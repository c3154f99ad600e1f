using Intake.IntegrationTests.Support;
using Intake.Web.Access;

namespace Intake.IntegrationTests.Web;

public sealed class ClientPrincipalTests
{
    [Fact]
    public void ThePlatformsHeaderGivesTheUsersObjectIdFirstThenTheirNamesInLowerCase()
    {
        var principal = ClientPrincipal.FromHeader(Principals.Header("Clerk@Xiawo.example", "ABC-1"));

        Assert.NotNull(principal);
        Assert.Equal("aad", principal.AuthenticationType);
        Assert.Equal("Clerk@Xiawo.example", principal.Name);
        Assert.Equal(["abc-1", "clerk@xiawo.example"], principal.DirectoryKeys);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("bm90IGpzb24=")]
    [InlineData("eyJjbGFpbXMiOjF9")]
    public void AHeaderThatIsNotAPrincipalIsNone(string? header) => Assert.Null(ClientPrincipal.FromHeader(header));
}
