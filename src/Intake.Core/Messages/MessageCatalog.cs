namespace Intake.Core.Messages;

/// <summary>
/// Every sentence Intake shows a clerk or the district office, in Chinese and English, in one place.
/// A message never names its cell: the issue carries the cell, and whoever shows the issue puts the
/// cell in front of it once. Split by where the problem lies: the file, the table, the checks, the report.
/// </summary>
public static partial class MessageCatalog
{
    private static LocalizedText T(string zh, string en) => new(zh, en);
}
