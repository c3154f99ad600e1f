using Intake.Core.Metadata;
using Intake.Core.Quantities;
using Intake.Core.Reports;

namespace Intake.Core.Tests.Generator;

/// <summary>A fact the generator wrote, as it must be read back: known from the values written, never from a parse.</summary>
internal sealed record ExpectedFact(string OrgUnit, string Indicator, string Period, Measure Measure, double Value, Qualifier Qualifier);

/// <summary>
/// One generated report: its file and upload hints, what it must read as (reporter, period, facts), and the
/// classes it was composed from, so that a failure names what kind of layout failed.
/// </summary>
internal sealed record GeneratedReport(
    int Seed,
    string FileName,
    byte[] Content,
    ReportHints Hints,
    string Reporter,
    string Period,
    IReadOnlyList<ExpectedFact> Facts,
    IReadOnlyList<string> Classes,
    string Layout)
{
    public override string ToString() => $"seed {Seed}: {FileName} [{string.Join(", ", Classes)}]";
}
