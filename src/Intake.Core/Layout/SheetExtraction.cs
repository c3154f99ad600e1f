using Intake.Core.Metadata;
using Intake.Core.Reports;

namespace Intake.Core.Layout;

/// <summary>What one sheet gave: values, issues, and the text lines around the table that may name its reporter or period.</summary>
public sealed class SheetExtraction
{
    public ValueTable Facts { get; } = new();

    public List<ReportIssue> Issues { get; } = [];

    /// <summary>Title, 报告期/填报单位 lines and footer lines.</summary>
    public List<MetadataLine> MetadataLines { get; } = [];

    public bool HasTable { get; set; }

    /// <summary>A 汇总 sheet: beside per-org-unit sheets its values are totals of theirs.</summary>
    public bool IsTotalSheet { get; set; }
}
