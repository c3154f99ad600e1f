using Intake.Core.Reports;

namespace Intake.Core.Layout;

/// <summary>
/// What the words of one header cell say: the measure a value column holds (本周 → period,
/// 累计 → cumulative), the unit in its brackets, and whatever else is left (an indicator name).
/// </summary>
/// <param name="Measure">The measure the header names, or null when it names none.</param>
/// <param name="Name">The header's words besides the measure and the brackets, normalized; empty when none.</param>
/// <param name="Unit">The unit in a bracket (（个）, (盏), 【米】, [米]) or after a slash, or null.</param>
/// <param name="MeasureStated">True when a word of time decides the measure (本周, 累计, 一季度), false when a value word
/// alone (数值, 完成数) names the period measure for want of another.</param>
public sealed record HeaderMeaning(Measure? Measure, string Name, string? Unit, bool MeasureStated = false)
{
    /// <summary>The span of the year a cumulative header names (1—2月份, 一季度累计), or null.</summary>
    public Periods.YearToDate? ToDate { get; init; }

    /// <summary>The header is a measure and nothing else: 本周, 截至目前, 本期完成数（个）.</summary>
    public bool IsMeasureOnly => Measure is not null && Name.Length == 0;
}
