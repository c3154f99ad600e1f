using Intake.Core.Reading;

namespace Intake.Core.Layout;

/// <summary>Reads the table of one sheet into values, issues and the lines around it.</summary>
public interface ISheetTableReader
{
    SheetExtraction Read(Sheet sheet);
}
