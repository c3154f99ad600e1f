using System.Text.RegularExpressions;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.House;

/// <summary>CONTRIBUTING.md, "One owner per table": a table client appears only in the class that owns the table.</summary>
public sealed partial class TableOwnersTests
{
    /// <summary>Every file of src/ and functions/ that may name a table client, and why.</summary>
    private static readonly Dictionary<string, string> Allowed = new()
    {
        ["src/Intake.Storage/IntakeStorage.cs"] = "the account: makes each table's client, internal, for its owner",
        ["src/Intake.Storage/Connections/IntakeStorageFactory.cs"] = "the account's service clients, by connection string or managed identity",
        ["src/Intake.Storage/Tables/SubmissionLedger.cs"] = "owns IntakeSubmissions",
        ["src/Intake.Storage/Tables/FactStore.cs"] = "owns IntakeFacts",
        ["src/Intake.Storage/Rollups/RollupTables.cs"] = "owns IntakeWeeklyRollups, IntakePeriodRollups, IntakeCompleteness and IntakeReconciliation",
        ["src/Intake.Storage/Rollups/RollupState.cs"] = "owns IntakeRollupState",
        ["src/Intake.Storage/Tables/CatalogMirror.cs"] = "owns IntakeOrgUnits and IntakeIndicators",
        ["src/Intake.Storage/Tables/WebUserDirectory.cs"] = "owns IntakeWebUsers",
        ["src/Intake.Bench/Rollup/RollupComparison.cs"] = "the bench's bare baseline: the SDK alone, to measure the owners against",
        ["src/Intake.Bench/Store/StoreComparison.cs"] = "the bench's bare baseline: the SDK alone, to measure the owners against",
    };

    [GeneratedRegex(@"Table(Service)?Client(?!Options)")]
    private static partial Regex TableClientName();

    private static IEnumerable<string> FilesNamingATableClient() => SourceFiles.Matching(TableClientName(), "src", "functions");

    [Fact]
    public void OnlyTheOwnersNameATableClient()
    {
        var outside = FilesNamingATableClient().Where(file => !Allowed.ContainsKey(file)).Order(StringComparer.Ordinal).ToList();

        Assert.Empty(outside);
    }

    [Fact]
    public void EveryAllowedFileStillNeedsItsPlace()
    {
        var naming = FilesNamingATableClient().ToHashSet(StringComparer.Ordinal);

        var stale = Allowed.Keys.Where(file => !naming.Contains(file)).ToList();

        Assert.Empty(stale);
    }

    [Fact]
    public void TheScanSeesATableClientWhereverItIsWritten()
    {
        Assert.Matches(TableClientName(), "private TableClient Table => storage.WebUsers;");
        Assert.Matches(TableClientName(), "storage.Tables.GetTableClient(\"IntakeFacts\")");
        Assert.Matches(TableClientName(), "new TableServiceClient(connectionString)");
        Assert.DoesNotMatch(TableClientName(), "new TableClientOptions()");
    }
}
