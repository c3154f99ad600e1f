using Intake.Core.Catalog;
using Intake.Core.Messages;
using Intake.Core.Reports;
using Intake.Storage.Tables;

namespace Intake.Cli.Commands;

/// <summary>Prints the current facts of some periods as one table per reporter.</summary>
internal static class FactTablePrinter
{
    // The columns are the contract's field names, as the tables and the JSON hold them.
    private static readonly string Header = $"  {"period",-10} {"orgUnit",-11} {"indicator",-30} {"measure",-10} {"value",12} {"qualifier",-9} {"unit",-4} raw";

    public static async Task PrintAsync(CurrentFactReader reader, ReportCatalog catalog, IEnumerable<string> periods, CancellationToken cancellationToken)
    {
        var facts = new List<Fact>();
        foreach (var period in periods)
        {
            facts.AddRange(await reader.ReadAsync(period, cancellationToken));
        }

        Console.WriteLine();
        Console.WriteLine(MessageCatalog.Bilingual(MessageCatalog.CurrentFacts(facts.Count)));
        foreach (var reporter in facts.GroupBy(f => f.Reporter).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine();
            Console.WriteLine(Heading(catalog, reporter.Key));
            Console.WriteLine(Header);
            foreach (var fact in reporter.OrderBy(f => f.Period.Code).ThenBy(f => f.OrgUnit).ThenBy(f => f.Indicator).ThenBy(f => f.Measure))
            {
                Console.WriteLine(Row(fact));
            }
        }
    }

    private static string Heading(ReportCatalog catalog, string reporter) => $"== {catalog.OrgUnitByCode(reporter)?.NameZh ?? reporter} ({reporter}) ==";

    private static string Row(Fact fact) =>
        $"  {fact.Period,-10} {fact.OrgUnit,-11} {fact.Indicator,-30} {ContractNames.Of(fact.Measure),-10} {fact.Value,12:0.##} {ContractNames.Of(fact.Qualifier),-9} {fact.Unit,-4} {fact.Raw}";
}
