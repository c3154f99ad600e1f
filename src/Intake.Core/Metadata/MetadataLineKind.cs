namespace Intake.Core.Metadata;

/// <summary>
/// Where a line around a table stands, which decides what it may say: a title names the reporter
/// and the period; a 报告期/填报单位 line names either; a footer line only a filing date.
/// </summary>
public enum MetadataLineKind
{
    /// <summary>The first line of a sheet not named after an org unit.</summary>
    Title,

    /// <summary>Any other line above the table.</summary>
    Preamble,

    /// <summary>填报人, 审核人, 填报日期, 备注 lines under the table.</summary>
    Footer,

    /// <summary>
    /// An org unit's bare name right above its table (峡窝镇 over the 峡窝镇 table): whom the table is about, which names
    /// the reporter only when nothing else does.
    /// </summary>
    Section,
}
