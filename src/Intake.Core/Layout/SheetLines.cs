using Intake.Core.Catalog;
using Intake.Core.Metadata;
using Intake.Core.Quantities;
using Intake.Core.Reading;

namespace Intake.Core.Layout;

/// <summary>
/// The lines of a sheet around its tables, kept for the report's metadata, and what they say of the tables: the
/// title (the first line, unless the sheet is one org unit's page), lines above a table, a section line naming the
/// org unit of the table under it (一、峡窝镇), footer lines under the last table, and a 单位：万米 line that sets the
/// unit of the table below it. A line between two tables counts as a line above the second; one that no table
/// follows, as a footer.
/// </summary>
internal sealed class SheetLines(SheetExtraction extraction, string? sheetName, OrgUnitCode? sheetOrgUnit, LabelReader labels)
{
    // A sheet of a million lines of text keeps its first lines only: metadata is written at the top.
    private const int MostLines = 200;
    private readonly List<MetadataLine> _pending = [];
    private (SheetRow Row, OrgUnitCode OrgUnit)? _bareName;
    private bool _afterFooter;

    /// <summary>The unit a 单位：万米 line gives the table under it, or null.</summary>
    public string? Unit { get; private set; }

    /// <summary>The org unit the last section line named (一、峡窝镇), for the tables under it; null when it named none.</summary>
    public OrgUnitCode? SectionOrgUnit { get; private set; }

    /// <summary>
    /// A line above the first table. The lines of its title block — a title over one line or several, 2022年第13周工作周报
    /// over （区城管局） — name the report's reporter and period; an attachment mark (附件1, 表1) names nothing, and a
    /// numbered line (一、…) or an org unit's bare name opens a section of the document.
    /// </summary>
    public void Above(SheetRow row)
    {
        var first = RowShape.FirstText(row);
        var lone = RowShape.IsLoneText(row);
        // An org unit's bare name is a title line when more of the title follows it (上街区城市管理局 over
        // 2022年第13周工作周报), and a section when its table does (济源路街道 over the 济源路街道 table).
        FlushBareName(MetadataLineKind.Title);
        if (lone && labels.Read(first).OrgUnit is { } named && !RowShape.IsNumbered(first))
        {
            _bareName = (row, named);
            return;
        }

        var section = lone && RowShape.IsNumbered(first);
        var title = !section && !(lone && IsAttachmentMark(first)) && (lone || extraction.MetadataLines.Count == 0);
        Add(row, title ? MetadataLineKind.Title : MetadataLineKind.Preamble);
        ReadUnit(row);
        if (section)
        {
            ReadSection(row);
        }
    }

    private void FlushBareName(MetadataLineKind kind)
    {
        if (_bareName is not var (row, named))
        {
            return;
        }

        _bareName = null;
        Add(row, kind);
        if (kind == MetadataLineKind.Section)
        {
            SectionOrgUnit = named;
        }
    }

    // 附件1, 附件, 附表2, 表1, 表一: where a report stands in a bundle, not what it is.
    private static bool IsAttachmentMark(string? text)
    {
        var key = Catalog.NameNormalizer.SearchKey(text);
        var stem = key.StartsWith("附件", StringComparison.Ordinal) || key.StartsWith("附表", StringComparison.Ordinal) ? key[2..]
            : key.StartsWith('表') ? key[1..]
            : null;
        return stem is not null && stem.All(c => char.IsAsciiDigit(c) || "一二三四五六七八九十:-.".Contains(c));
    }

    /// <summary>A line after a table that is no footer: above the next table if one follows, else a footer.</summary>
    public void Between(SheetRow row)
    {
        if (_afterFooter)
        {
            Add(row, MetadataLineKind.Footer);
            return;
        }

        if (extraction.MetadataLines.Count + _pending.Count < MostLines)
        {
            var bare = RowShape.IsLoneText(row) && labels.Read(RowShape.FirstText(row)).OrgUnit is not null;
            _pending.Add(Line(row, bare ? MetadataLineKind.Section : MetadataLineKind.Preamble));
        }

        ReadUnit(row);
        ReadSection(row);
    }

    /// <summary>A 填报人/审核人/备注 line: it and every line after it, up to the next table, are footer lines.</summary>
    public void Footer(SheetRow row)
    {
        FlushPending(MetadataLineKind.Footer);
        _afterFooter = true;
        Add(row, MetadataLineKind.Footer);
    }

    /// <summary>A table starts: the lines waiting above it are its preamble, and the unit a line gave is its unit.</summary>
    /// <returns>The unit of the table, from a 单位：… line above it; the next table needs a line of its own.</returns>
    public string? TableStarts()
    {
        FlushBareName(MetadataLineKind.Section);
        FlushPending(MetadataLineKind.Preamble);
        _afterFooter = false;
        var unit = Unit;
        Unit = null;
        return unit;
    }

    /// <summary>The sheet ends: lines that no table followed are footer lines.</summary>
    public void SheetEnds()
    {
        FlushBareName(MetadataLineKind.Title);
        FlushPending(MetadataLineKind.Footer);
    }

    /// <summary>
    /// A lone line inside a table (一、峡窝镇 between its rows): the org unit of the rows under it, when it names one.
    /// </summary>
    public bool ReadSectionInTable(SheetRow row)
    {
        if (SectionOf(row) is not { } named)
        {
            return false;
        }

        SectionOrgUnit = named.OrgUnit;
        if (named.OrgUnit is null)
        {
            Between(row);
        }

        return true;
    }

    private void ReadSection(SheetRow row)
    {
        if (SectionOf(row) is { } named)
        {
            SectionOrgUnit = named.OrgUnit;
        }
    }

    // A lone line that is no metadata and no row label (an indicator, a measure, a total) is a section title: it
    // names the org unit of what follows, or nothing.
    private (OrgUnitCode? OrgUnit, bool)? SectionOf(SheetRow row)
    {
        if (!RowShape.IsLoneText(row) || RowShape.IsMetadata(row, labels.Catalog) || RowShape.FirstText(row) is not { } text)
        {
            return null;
        }

        var meaning = labels.Read(text);
        if (meaning is { Indicator: not null } or { Measure: not null } or { Word: not null } || meaning.Total != TotalKind.None)
        {
            return null;
        }

        // 峡窝镇, 一、峡窝镇, （二）峡窝镇工作情况: a section names its org unit by its bare name, or after its number; a title
        // that mentions a unit (区城管局2022年第13周安全隐患排查情况) is no section of that unit.
        var named = meaning.OrgUnit;
        if (named is null && RowShape.IsNumbered(text) && labels.Catalog.FindReportersIn(text) is [var only])
        {
            named = only.Code;
        }

        return (named, true);
    }

    // "单位：万米" sets the unit of the tables under it; "填报单位：区城管局" on the same line does not.
    private void ReadUnit(SheetRow row)
    {
        var text = row.JoinedText.Normalize(System.Text.NormalizationForm.FormKC);
        for (var at = text.IndexOf("单位:", StringComparison.Ordinal); at >= 0; at = text.IndexOf("单位:", at + 3, StringComparison.Ordinal))
        {
            if (at >= 2 && text.AsSpan(at - 2, 2).SequenceEqual("填报"))
            {
                continue;
            }

            var word = text[(at + 3)..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            Unit = word is null ? Unit : UnitConverter.Normalize(word) ?? Unit;
        }
    }

    // Lines that a table followed are its preamble (a bare name among them its section); lines no table followed, footers.
    private void FlushPending(MetadataLineKind kind)
    {
        extraction.MetadataLines.AddRange(_pending.Select(l => l.Kind == MetadataLineKind.Section && kind == MetadataLineKind.Preamble ? l : l with { Kind = kind }));
        _pending.Clear();
    }

    private void Add(SheetRow row, MetadataLineKind kind)
    {
        if (extraction.MetadataLines.Count < MostLines)
        {
            extraction.MetadataLines.Add(Line(row, kind));
        }
    }

    private MetadataLine Line(SheetRow row, MetadataLineKind kind)
    {
        var first = row.Cells.Select((c, i) => (c, i)).First(p => p.c is not null).i;
        return new MetadataLine(CellAddress.Format(sheetName, row.Index, first), row.JoinedText, kind, sheetOrgUnit);
    }
}
