using Intake.Core.Layout;
using Intake.Core.Reading;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.Layout;

public sealed class RowLookaheadTests
{
    [Fact]
    public void EmptyRowsAreSkippedAndTheNextRowsCanBeLookedAt()
    {
        var rows = new List<SheetRow> { Rows.Of(0, "a"), new(1, [null, null]), Rows.Of(2, "b"), Rows.Of(3, "c") };
        using var lookahead = new RowLookahead(rows, 2);

        Assert.Equal((0, 2), (lookahead.Current!.Index, lookahead.Peek(1)!.Index));
        lookahead.Advance();
        Assert.Equal((2, 3), (lookahead.Current!.Index, lookahead.Peek(1)!.Index));
        lookahead.Advance(2);
        Assert.Null(lookahead.Current);
    }

    [Fact]
    public void RowsAreReadOnceAsTheyAreNeeded()
    {
        var read = 0;
        IEnumerable<SheetRow> Stream()
        {
            for (var i = 0; i < 1000; i++)
            {
                read++;
                yield return Rows.Of(i, "x");
            }
        }

        using var lookahead = new RowLookahead(Stream(), 3);
        _ = lookahead.Peek(2);

        Assert.Equal(3, read);
    }
}
