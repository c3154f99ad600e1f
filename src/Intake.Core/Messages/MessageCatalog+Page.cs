namespace Intake.Core.Messages;

/// <summary>What the web page's server answers about itself: sign-in, its host, how busy it is.</summary>
public static partial class MessageCatalog
{
    public static LocalizedText SignInNotConfigured =>
        T("本页面尚未配置登录（App Service 身份验证未开启），暂不能使用；请联系区政府办公室", "sign-in is not configured for this page (App Service Authentication is off); ask the district office");

    public static LocalizedText HostNotServed(string host) =>
        T($"本服务只接受发往本机地址的请求，不接受“{host}”", $"this server answers only requests for its own loopback address, not '{host}'");

    public static LocalizedText CrossSiteRefused =>
        T("只接受从本页面发出的操作", "only requests made by this page itself are accepted");

    public static LocalizedText PreviewsBusy(int seconds) =>
        T($"正在检查其他文件，请 {seconds} 秒后再试", $"other files are being checked; try again in {seconds} s");
}
