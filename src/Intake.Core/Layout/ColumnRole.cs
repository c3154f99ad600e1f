namespace Intake.Core.Layout;

/// <summary>What a table column holds.</summary>
public enum ColumnRole
{
    /// <summary>序号, 备注, 说明 and the like: never a value.</summary>
    Ignored,

    /// <summary>指标 / 项目 / 名称: each row names an indicator (long layout).</summary>
    IndicatorLabel,

    /// <summary>乡镇（街道） / 填报单位: each row names an org unit (wide layout).</summary>
    OrgUnitLabel,

    /// <summary>计量单位: the unit of the row's values.</summary>
    UnitLabel,

    /// <summary>单位: a measurement unit or an org unit, told apart by what the column holds.</summary>
    UnitOrOrgUnitLabel,

    /// <summary>报告期 / 日期: each row carries its own period (tidy layout).</summary>
    PeriodLabel,

    /// <summary>本周 / 累计 down the side: each row names the measure of its values, the indicators stand across the top.</summary>
    MeasureLabel,

    /// <summary>
    /// A column of values: what they are comes from its header and from the labels of each row together (an indicator
    /// over org units down the side, an org unit over indicators down the side, a measure over either).
    /// </summary>
    Value,

    /// <summary>A header not recognised; an error when the column holds values.</summary>
    Unknown,
}
