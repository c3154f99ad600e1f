using Intake.Core.Quantities;

namespace Intake.Core.Messages;

/// <summary>How a figure is written back to people: the number, its qualifier word and its unit.</summary>
public static partial class MessageCatalog
{
    /// <summary>A qualified number the way offices write it: 2000余盏, 2%以上, 2%以内, 约300米.</summary>
    public static LocalizedText Quantity(string number, Qualifier qualifier, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var spaced = unit.Length == 0 || unit == "%" ? unit : " " + unit;
        return qualifier switch
        {
            Qualifier.AtLeast when unit == "%" => T($"{number}%以上", $"{number}% or more"),
            Qualifier.AtLeast => T($"{number}余{unit}", $"over {number}{spaced}"),
            Qualifier.AtMost => T($"{number}{unit}以内", $"up to {number}{spaced}"),
            Qualifier.Approx => T($"约{number}{unit}", $"about {number}{spaced}"),
            _ => T($"{number}{unit}", $"{number}{spaced}"),
        };
    }
}
