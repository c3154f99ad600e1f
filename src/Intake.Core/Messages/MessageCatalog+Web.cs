namespace Intake.Core.Messages;

/// <summary>What the web page's server answers a visitor: who may come in, what an upload must be, what a route was given.</summary>
public static partial class MessageCatalog
{
    public static LocalizedText SignInRequired => T("请先登录。", "sign in first.");

    public static LocalizedText NotListed =>
        T("您的账号尚未登记填报单位，请联系区政府办公室开通。", "your account is not listed for a reporting unit; ask the district office.");

    public static LocalizedText DistrictOnly => T("周汇总仅向区政府办公室开放。", "the week view is for the district office only.");

    public static LocalizedText NotOwnUnit(string reporter) =>
        T($"您只能以本单位名义上传，不能以“{reporter}”上传。", $"you may upload only as your own unit, not as '{reporter}'.");

    public static LocalizedText UnknownReporter(string reporter) =>
        T($"“{reporter}”不是上街区的部门或乡镇（街道）。", $"'{reporter}' is not a department or township of the district.");

    public static LocalizedText InvalidPeriod(string period) =>
        T($"报告期“{period}”无效，应写作 2022-W13 等。", $"the period '{period}' is not valid (2022-W13, …).");

    public static LocalizedText InvalidWeek(string week) => T($"周次“{week}”无效，应写作 2022-W13。", $"the week '{week}' is not valid (2022-W13).");

    public static LocalizedText UploadTooLarge(long limitBytes) =>
        T($"文件超过 {limitBytes / (1024 * 1024)} MB，无法接收。", $"the file is larger than {limitBytes / (1024 * 1024)} MB.");

    public static LocalizedText NotAFileUpload => T("请通过本页面选择文件上传。", "upload the file through the page (application/octet-stream).");

    /// <summary><see cref="FileEmpty"/> as the page answers it, a sentence of its own.</summary>
    public static LocalizedText UploadEmpty => T($"{FileEmpty.Zh}。", $"{FileEmpty.En}.");

    public static LocalizedText NotFound => T("没有找到该页面或记录。", "not found.");

    public static LocalizedText NotYours => T("这不是本单位的上传记录。", "this upload is not your unit's.");

    public static LocalizedText Pending => T("正在处理，请稍候……", "processing…");
}
