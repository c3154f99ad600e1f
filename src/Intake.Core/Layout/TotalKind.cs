namespace Intake.Core.Layout;

/// <summary>Whether a row is data or a total, and which rows a total adds up.</summary>
public enum TotalKind
{
    /// <summary>A detail row: its values are facts.</summary>
    None,

    /// <summary>小计 (镇小计, 街道小计, …): the detail rows of its own group, since the previous subtotal or the header.</summary>
    Subtotal,

    /// <summary>合计 / 总计: every detail row of its sheet (of the whole workbook, on a 汇总 sheet).</summary>
    Grand,
}
