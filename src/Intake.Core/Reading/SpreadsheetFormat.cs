namespace Intake.Core.Reading;

/// <summary>What a file's first bytes say it is.</summary>
public enum SpreadsheetFormat
{
    Empty,
    OpenXml,
    Binary,
    Text,
    Html,
    Pdf,
    Image,
    Zip,
    Unknown,
}
