using System.Globalization;

namespace Intake.Core.Reading;

/// <summary>A number as a person quotes it (12, 0.5, 1250.75): small whole numbers are made once and shared.</summary>
internal static class NumberText
{
    private const int Shared = 10_000;
    private static readonly string[] WholeNumbers = Enumerable.Range(0, Shared).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    public static string Of(double value) =>
        value >= 0 && value < Shared && value == Math.Floor(value)
            ? WholeNumbers[(int)value]
            : value.ToString("0.##########", CultureInfo.InvariantCulture);
}
