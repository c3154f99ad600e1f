namespace Intake.Core.Reading;

/// <summary>A <c>td</c> or <c>th</c> of an HTML table, with its span.</summary>
internal sealed record HtmlCell(string Text, int ColumnSpan, int RowSpan);
