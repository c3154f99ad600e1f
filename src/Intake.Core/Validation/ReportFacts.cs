using System.Collections;
using Intake.Core.Catalog;
using Intake.Core.Layout;
using Intake.Core.Periods;
using Intake.Core.Reports;

namespace Intake.Core.Validation;

/// <summary>
/// The facts of a report as a list made from its values as each is read: the values stay in their chunks, and a
/// consumer that streams the facts (the JSON writer, the table writer) holds one <see cref="Fact"/> at a time.
/// </summary>
internal sealed class ReportFacts(IReadOnlyList<RawFact> raw, int[] indices, OrgUnitCode reporter, Period? period) : IReadOnlyList<Fact>
{
    public int Count => indices.Length;

    public Fact this[int index] => raw[indices[index]].ToFact(reporter, period!);

    public IEnumerator<Fact> GetEnumerator()
    {
        foreach (var index in indices)
        {
            yield return raw[index].ToFact(reporter, period!);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
