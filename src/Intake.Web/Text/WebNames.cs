using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Quantities;
using Intake.Core.Reports;

namespace Intake.Web.Text;

/// <summary>Chinese names of the codes the tables and the parse hold: org units, indicators, measures, qualifiers.</summary>
public sealed class WebNames(ReportCatalog catalog)
{
    public string OrgUnit(string? code) => code is null ? string.Empty : catalog.OrgUnitByCode(code)?.NameZh ?? code;

    public string Indicator(string? code) => code is null ? string.Empty : catalog.IndicatorByCode(code)?.NameZh ?? code;

    public string Unit(string? indicator) => indicator is null ? string.Empty : catalog.IndicatorByCode(indicator)?.Unit ?? string.Empty;

    public static string Measure(Measure measure) => MessageCatalog.MeasureName(measure).Zh;

    public static string Qualifier(string? qualifier) => Qualifier(ContractNames.ParseQualifier(qualifier));

    public static string Qualifier(Qualifier qualifier) => MessageCatalog.QualifierName(qualifier).Zh;
}
