using System.Globalization;
using Intake.Core.Messages;

namespace Intake.Core.Quantities;

/// <summary>Writes a number back the way offices write it, in the Chinese of the district's documents (<see cref="MessageCatalog.Quantity"/>).</summary>
public static class QualifiedNumber
{
    /// <summary>The number with its qualifier word and, when given, its unit (<c>2000余盏</c>, <c>2%以内</c>).</summary>
    public static string Write(double value, Qualifier qualifier, string unit = "") => Text(value, qualifier, unit).Zh;

    /// <summary>The same in zh and en (<c>over 2000 盏</c>), for a surface that writes in the reader's language.</summary>
    public static LocalizedText Text(double value, Qualifier qualifier, string unit = "") =>
        MessageCatalog.Quantity(value.ToString("0.##", CultureInfo.InvariantCulture), qualifier, unit ?? string.Empty);
}
