using System.Collections;
using Intake.Core.Catalog;
using Intake.Core.Collections;
using Intake.Core.Periods;
using Intake.Core.Quantities;
using Intake.Core.Reading;
using Intake.Core.Reports;

namespace Intake.Core.Layout;

/// <summary>
/// The values read from a report, held without one object or reference per value: each is packed into
/// numbers (its codes, periods and texts are numbered in a table of strings the values share) and kept in
/// chunks. A history import holds hundreds of thousands; the collector has a few arrays of numbers to keep
/// and none to scan, and reading a value back makes no garbage.
/// </summary>
public sealed class ValueTable : IReadOnlyList<RawFact>
{
    internal const int None = -1;
    private const int Absent = -2;
    private readonly ChunkedList<Packed> _values = new();
    private readonly List<string> _strings = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public int Count => _values.Count;

    public RawFact this[int index]
    {
        get
        {
            ref readonly var value = ref _values.At(index);
            return new RawFact(
                StringOf(value.OrgUnit) is { } orgUnit ? new OrgUnitCode(orgUnit) : null,
                new IndicatorCode(_strings[value.Indicator]),
                StringOf(value.Period),
                (Measure)value.Measure,
                value.Value,
                (Qualifier)value.Qualifier,
                _strings[value.Unit],
                value.RawText == None ? CellText.Number(value.RawNumber, value.IsPercent) : CellText.Of(_strings[value.RawText]),
                new CellRef(StringOf(value.Sheet), value.Row, value.Column),
                (TotalKind)value.Total,
                value.Group,
                (TotalAxis)value.Axis,
                value.ColumnGroup,
                value.Table);
        }
    }

    public void Add(RawFact fact) => _values.Add(new Packed(
        IdOf(fact.OrgUnit),
        IdOf(fact.Indicator),
        IdOf(fact.Period),
        IdOf(fact.Unit),
        IdOf(fact.Raw.Text),
        IdOf(fact.Cell.Sheet),
        fact.Cell.Row,
        fact.Cell.Column,
        fact.Group,
        fact.ColumnGroup,
        fact.Table,
        fact.Value,
        fact.Raw.NumberValue,
        (byte)fact.Measure,
        (byte)fact.Qualifier,
        (byte)fact.Total,
        (byte)fact.Axis,
        fact.Raw.IsPercent));

    /// <summary>
    /// Dates the values read under a year-to-date header (1—2月份, 一季度累计) once the report's period is settled: by
    /// the report's own period when the span reaches its last days, else by the month or quarter where the span ends
    /// (<see cref="YearToDate.DatedBy"/>). Without a period they are left to the report's, which is not settled.
    /// </summary>
    public void DateYearToDate(Periods.Period? report)
    {
        var spans = new Dictionary<int, int>();
        for (var id = 0; id < _strings.Count; id++)
        {
            if (YearToDate.TryReadPlaceholder(_strings[id], out var span))
            {
                spans[id] = report is not null && span.DatedBy(report) is { } dated ? IdOf(dated.Code) : None;
            }
        }

        for (var i = 0; spans.Count > 0 && i < _values.Count; i++)
        {
            ref var value = ref _values.At(i);
            if (spans.TryGetValue(value.Period, out var dated))
            {
                value = value with { Period = dated };
            }
        }
    }

    /// <summary>True for a value of a 合计/小计 row.</summary>
    public bool IsTotal(int index) => _values.At(index).Total != (byte)TotalKind.None;

    /// <summary>True when the value's row names its own period.</summary>
    public bool NamesPeriod(int index) => _values.At(index).Period != None;

    /// <summary>
    /// What a value is known by in a report whose reporter and period have the ids <paramref name="reporter"/> and
    /// <paramref name="period"/> (<see cref="IdFor"/>): its org unit (the reporter when the row names none),
    /// indicator, period (the report's when the row names none) and measure. Null for a total row, or when the
    /// period is not settled. Keys of one table compare as the strings they stand for would.
    /// </summary>
    internal ValueKey? KeyOf(int index, int reporter, int period)
    {
        ref readonly var value = ref _values.At(index);
        var valuePeriod = value.Period == None ? period : value.Period;
        return value.Total != (byte)TotalKind.None || valuePeriod == None
            ? null
            : new ValueKey(value.OrgUnit == None ? reporter : value.OrgUnit, value.Indicator, valuePeriod, (Measure)value.Measure);
    }

    /// <summary>
    /// The id <paramref name="text"/> has in this table; <see cref="None"/> for null; for a string no value names,
    /// an id no value has (it keys apart from every value, and alike for the same report).
    /// </summary>
    internal int IdFor(string? text) => text is null ? None : _ids.TryGetValue(text, out var id) ? id : Absent;

    /// <summary>The key of the same org unit, period and measure for another indicator.</summary>
    internal ValueKey WithIndicator(ValueKey key, string indicator) => key with { Indicator = IdFor(indicator) };

    public IEnumerator<RawFact> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string? StringOf(int id) => id == None ? null : _strings[id];

    private int IdOf(string? text)
    {
        if (text is null)
        {
            return None;
        }

        if (!_ids.TryGetValue(text, out var id))
        {
            id = _strings.Count;
            _strings.Add(text);
            _ids.Add(text, id);
        }

        return id;
    }

    /// <summary>A value's identity within one table (<see cref="KeyOf"/>): numbers where the strings would be.</summary>
    internal readonly record struct ValueKey(int OrgUnit, int Indicator, int Period, Measure Measure);

    // No reference inside: the chunks are arrays the collector never scans. The enums fit a byte each: 64 bytes a value.
    private readonly record struct Packed(
        int OrgUnit,
        int Indicator,
        int Period,
        int Unit,
        int RawText,
        int Sheet,
        int Row,
        int Column,
        int Group,
        int ColumnGroup,
        int Table,
        double Value,
        double RawNumber,
        byte Measure,
        byte Qualifier,
        byte Total,
        byte Axis,
        bool IsPercent);
}
