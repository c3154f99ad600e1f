namespace Intake.Web.Week;

/// <summary>One indicator's figures of the week across the townships, drawn by the page as a bar chart.</summary>
public sealed record ChartView(string Indicator, string Name, string Unit, IReadOnlyList<BarView> Bars);
