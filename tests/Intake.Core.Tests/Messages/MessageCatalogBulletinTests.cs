using Intake.Core.Messages;

namespace Intake.Core.Tests.Messages;

public sealed class MessageCatalogBulletinTests
{
    [Fact]
    public void ParagraphsPastTheFifteenthAreNumberedInDigits()
    {
        Assert.Equal("三是区人社局。本周…。", MessageCatalog.BulletinNumbered(3, "区人社局", "本周…。").Zh);
        Assert.Equal("16是区人社局。本周…。", MessageCatalog.BulletinNumbered(16, "区人社局", "本周…。").Zh);
    }

    [Fact]
    public void TheReconciliationSentenceNamesTheWorkbookSheet()
    {
        var text = MessageCatalog.BulletinReconciliation(2);

        Assert.Contains($"“{MessageCatalog.ReconciliationSheetName.Zh}”", text.Zh, StringComparison.Ordinal);
        Assert.Contains($"'{MessageCatalog.ReconciliationSheetName.En}'", text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTownshipsSharesAreJoinedWithTheEnumerationComma()
    {
        var shares = MessageCatalog.BulletinShares([("峡窝镇", "12人"), ("工业路街道", "8人")]);

        Assert.Equal("峡窝镇12人、工业路街道8人", shares.Zh);
        Assert.Equal("峡窝镇 12人, 工业路街道 8人", shares.En);
    }
}
