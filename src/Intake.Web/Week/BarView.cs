namespace Intake.Web.Week;

/// <summary>One township's bar; no value when it has no rollup row for the indicator.</summary>
public sealed record BarView(string OrgUnit, string Name, double? Value);
