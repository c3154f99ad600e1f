using Intake.Core.Metadata;

namespace Intake.Core.Tests.Metadata;

public sealed class UploadMetadataTests
{
    [Fact]
    public void WhatIsWrittenIsReadBack()
    {
        var metadata = new UploadMetadata("A01", "2026-W10", "weekly");

        Assert.Equal(metadata, UploadMetadata.FromBlobMetadata(metadata.ToBlobMetadata()));
    }

    [Fact]
    public void ValuesNotGivenAreNotWritten()
    {
        Assert.Equal(["period"], new UploadMetadata(Period: "2026-W10").ToBlobMetadata().Keys);
    }

    [Fact]
    public void KeysAreReadWhateverTheirCase()
    {
        var read = UploadMetadata.FromBlobMetadata(new Dictionary<string, string> { ["Reporter"] = "A01", ["FORM"] = "weekly" });

        Assert.Equal(new UploadMetadata("A01", null, "weekly"), read);
    }
}
