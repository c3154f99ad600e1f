using Intake.Core.Catalog;
using Intake.Core.Layout;
using Intake.Core.Reading;

namespace Intake.IntegrationTests.Support;

/// <summary>
/// The real table reader over rows that fail part-way with a <see cref="NullReferenceException"/>: a bug of ours
/// inside the reading of an open workbook, while the xlsx reader is still handing out rows.
/// </summary>
internal sealed class FailingRowsTableReader(int failAfterRows) : ISheetTableReader
{
    private readonly SheetTableReader inner = new(CatalogLoader.Default);

    public SheetExtraction Read(Sheet sheet) => inner.Read(sheet with { Rows = FailPartWay(sheet.Rows) });

    private IEnumerable<SheetRow> FailPartWay(IEnumerable<SheetRow> rows)
    {
        var count = 0;
        foreach (var row in rows)
        {
            if (++count > failAfterRows)
            {
                throw new NullReferenceException("simulated bug inside the xlsx reading");
            }

            yield return row;
        }
    }
}
