using Intake.Core.Messages;
using Intake.Core.Catalog;
using Intake.Core.Quantities;
using Intake.Core.Reading;
using Intake.Core.Reports;

namespace Intake.Core.Layout;

/// <summary>
/// Turns one value cell into a number in the indicator's catalog unit, or into the issue that
/// tells the clerk what to fix in that cell.
/// </summary>
public static class ValueCellInterpreter
{
    /// <summary>Null when the cell holds no value (empty, —, -, /).</summary>
    public static (RawFact? Fact, ReportIssue? Issue)? Interpret(
        CellValue? cell, Indicator indicator, Measure measure, OrgUnitCode? orgUnit, string? period, string? contextUnit, CellRef address)
    {
        if (cell is null)
        {
            return null;
        }

        var parsed = cell.Value switch
        {
            double number when cell.IsPercentFormatted => new ParsedQuantity(QuantityParseStatus.Value, Math.Round(number * 100, 10), Qualifier.Exact, "%"),
            double number => new ParsedQuantity(QuantityParseStatus.Value, number, Qualifier.Exact, null),
            string text => QuantityParser.Parse(text),
            _ => ParsedQuantity.Invalid,
        };

        switch (parsed.Status)
        {
            case QuantityParseStatus.Empty:
                return null;
            case QuantityParseStatus.Invalid:
                return (null, Error(IssueCodes.TypeError, address, indicator,
                    MessageCatalog.NotANumber(indicator.NameZh, indicator.Code, cell.Text), cell.Text, MessageCatalog.ExpectedNumber(indicator.Unit)));
        }

        var unit = parsed.Unit ?? contextUnit;
        var value = parsed.Value;
        ReportIssue? warning = null;
        if (unit is not null && !UnitConverter.TryConvert(parsed.Value, unit, indicator.Unit, out value))
        {
            if (!UnitConverter.AreOtherCountingWords(unit, indicator.Unit))
            {
                return (null, Issue(Severity.Error, address, indicator,
                    MessageCatalog.UnitMismatch(indicator.NameZh, indicator.Code, unit, indicator.Unit), cell.Text, MessageCatalog.ExpectedUnit(indicator.Unit)));
            }

            // 次 written over a catalog 处 counts the same things: the number stands, and the clerk is told.
            (value, warning) = (parsed.Value, Issue(Severity.Warning, address, indicator,
                MessageCatalog.OtherCountingWord(indicator.NameZh, indicator.Code, unit, indicator.Unit), cell.Text, MessageCatalog.ExpectedUnit(indicator.Unit)));
        }

        return (new RawFact(orgUnit, indicator.Code, period, measure, value, parsed.Qualifier, indicator.Unit, CellText.Of(cell), address), warning);
    }

    private static ReportIssue Issue(Severity severity, CellRef address, Indicator indicator, LocalizedText text, string found, string expected) =>
        new(severity, IssueCodes.UnitMismatch, address.ToString(), indicator.Code, text, found, expected);

    private static ReportIssue Error(string code, CellRef address, Indicator indicator, LocalizedText text, string found, string expected) =>
        new(Severity.Error, code, address.ToString(), indicator.Code, text, found, expected);
}
