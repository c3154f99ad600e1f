using Intake.Core.Reports;

namespace Intake.Core.Messages;

/// <summary>One sentence shown to people, in Chinese (the default) and in English.</summary>
public readonly record struct LocalizedText(string Zh, string En)
{
    public string In(ReportLanguage language) => language == ReportLanguage.En ? En : Zh;
}
