using Intake.Core.Messages;

namespace Intake.Web.Text;

/// <summary>
/// The upload routes' names for catalogue entries, kept only while <c>UploadEndpoints</c> is being rewritten:
/// every sentence lives in <see cref="MessageCatalog"/>; delete this class once the upload routes call it directly.
/// </summary>
public static class WebMessages
{
    public static LocalizedText NotOwnUnit(string reporter) => MessageCatalog.NotOwnUnit(reporter);

    public static LocalizedText UnknownReporter(string reporter) => MessageCatalog.UnknownReporter(reporter);

    public static LocalizedText InvalidPeriod(string period) => MessageCatalog.InvalidPeriod(period);

    public static LocalizedText TooLarge(long limitBytes) => MessageCatalog.UploadTooLarge(limitBytes);

    public static LocalizedText NotAFileUpload => MessageCatalog.NotAFileUpload;

    public static LocalizedText EmptyFile => MessageCatalog.UploadEmpty;

    public static LocalizedText NotFound => MessageCatalog.NotFound;

    public static LocalizedText NotYours => MessageCatalog.NotYours;

    public static LocalizedText Pending => MessageCatalog.Pending;
}
