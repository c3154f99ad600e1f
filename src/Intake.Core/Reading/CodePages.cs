using System.Text;

namespace Intake.Core.Reading;

/// <summary>
/// Makes the legacy code pages (GB18030, 1252, …) available: .NET ships only Unicode ones, and old
/// .xls files and GBK CSVs need them. Registering twice is harmless.
/// </summary>
internal static class CodePages
{
    public static void EnsureRegistered() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
