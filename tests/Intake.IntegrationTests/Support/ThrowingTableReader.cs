using Intake.Core.Layout;
using Intake.Core.Reading;

namespace Intake.IntegrationTests.Support;

/// <summary>Stands for a bug in layout reading: throws on the first sheet.</summary>
internal sealed class ThrowingTableReader : ISheetTableReader
{
    public SheetExtraction Read(Sheet sheet) => throw new InvalidOperationException("simulated bug in layout reading");
}
