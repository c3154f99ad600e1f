using Intake.Storage.Ingestion;

namespace Intake.Adapters.Tests.Storage;

public sealed class PoisonBlobMessageTests
{
    [Fact]
    public void HostMessageGivesTheContainerBlobAndETag()
    {
        const string message = """{"Type":"BlobTrigger","FunctionId":"Host.Functions.IngestReport","BlobType":"BlockBlob","ContainerName":"reports-inbox","BlobName":"城管局/2022年第13周周报.xlsx","ETag":"\"0x8DA1B2C3D4E5F60\""}""";

        var parsed = PoisonBlobMessage.Parse(message);

        Assert.Equal(new PoisonBlobMessage("reports-inbox", "城管局/2022年第13周周报.xlsx", "\"0x8DA1B2C3D4E5F60\""), parsed);
    }

    [Fact]
    public void MessageWithoutETagOrFunctionStillNamesTheBlob()
    {
        var parsed = PoisonBlobMessage.Parse("""{"ContainerName":"reports-inbox","BlobName":"x.xlsx"}""");

        Assert.Equal(new PoisonBlobMessage("reports-inbox", "x.xlsx", null), parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"ContainerName":"reports-inbox","BlobName":""")]
    [InlineData("null")]
    [InlineData("""["reports-inbox","x.xlsx"]""")]
    [InlineData("{}")]
    [InlineData("""{"ContainerName":"reports-inbox"}""")]
    [InlineData("""{"ContainerName":"reports-inbox","BlobName":""}""")]
    [InlineData("""{"ContainerName":"reports-inbox","BlobName":42}""")]
    public void MessageThatNamesNoBlobIsNull(string? message)
    {
        Assert.Null(PoisonBlobMessage.Parse(message));
    }
}
