using Intake.Core.Rollups;

namespace Intake.Core.Messages;

/// <summary>Who reported a week, one term per state on every surface: 按时, 迟报, 未报.</summary>
public static partial class MessageCatalog
{
    public static LocalizedText ReportingStatusName(ReportingStatus status) => status switch
    {
        ReportingStatus.OnTime => T("按时", "on time"),
        ReportingStatus.Late => T("迟报", "late"),
        ReportingStatus.Missing => T("未报", "missing"),
        _ => T("不需报送", "not expected"),
    };
}
