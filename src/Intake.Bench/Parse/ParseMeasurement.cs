namespace Intake.Bench.Parse;

/// <summary>One workbook read both ways: mean times from BenchmarkDotNet, peaks from probe processes.</summary>
public sealed record ParseMeasurement(string Workbook, int Rows, TimeSpan Bare, TimeSpan Intake, long BarePeakBytes, long IntakePeakBytes, long IntakeAllocatedBytes)
{
    public double Ratio => Intake / Bare;
}
