using System.Globalization;

namespace Intake.Core.Quantities;

/// <summary>Writes a number back the way offices write it: <c>2000余</c>, <c>2%以内</c>, <c>约300</c>.</summary>
public static class QualifiedNumber
{
    /// <summary>The number with its qualifier word and, when given, its unit (<c>2000余盏</c>, <c>2%以内</c>).</summary>
    public static string Write(double value, Qualifier qualifier, string unit = "")
    {
        var number = value.ToString("0.##", CultureInfo.InvariantCulture);
        unit ??= string.Empty;
        return qualifier switch
        {
            Qualifier.AtLeast when unit == "%" => $"{number}%以上",
            Qualifier.AtLeast => $"{number}余{unit}",
            Qualifier.AtMost => $"{number}{unit}以内",
            Qualifier.Approx => $"约{number}{unit}",
            _ => $"{number}{unit}",
        };
    }
}
