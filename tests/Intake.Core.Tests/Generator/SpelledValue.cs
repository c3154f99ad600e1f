using Intake.Core.Quantities;

namespace Intake.Core.Tests.Generator;

/// <summary>
/// A value as an office writes it — a number cell, 12次, １２, 十二, 400余, 1,250, 1.2万, 两万多, 2%以内 — with the
/// number and qualifier it stands for.
/// </summary>
internal sealed record SpelledValue(object Cell, double Value, Qualifier Qualifier, string Spelling)
{
    private const string FullWidthDigits = "０１２３４５６７８９";
    private static readonly string[] ChineseDigits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>An amount of <paramref name="unit"/> (the catalog's unit) spelled one of the ways offices do.</summary>
    public static SpelledValue Amount(Random random, double value, string unit, bool integer, bool textOnly)
    {
        var options = new List<Func<SpelledValue>>
        {
            () => new(Text(value), value, Qualifier.Exact, "text"),
        };
        if (!textOnly)
        {
            options.Add(() => new(value, value, Qualifier.Exact, "number"));
        }

        if (integer && value is >= 0 and < 100000)
        {
            options.Add(() => new($"{Text(value)}{unit}", value, Qualifier.Exact, "with unit"));
            options.Add(() => new(string.Concat(Text(value).Select(c => char.IsAsciiDigit(c) ? FullWidthDigits[c - '0'] : c)), value, Qualifier.Exact, "full-width"));
            options.Add(() => new($"{Text(value)}余", value, Qualifier.AtLeast, "余"));
            options.Add(() => new($"约{Text(value)}", value, Qualifier.Approx, "约"));
        }

        if (integer && value is > 0 and < 100 && value % 1 == 0)
        {
            options.Add(() => new(Chinese((int)value), value, Qualifier.Exact, "Chinese numeral"));
        }

        if (value >= 1000 && value % 1 == 0)
        {
            options.Add(() => new(((long)value).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture), value, Qualifier.Exact, "thousands"));
        }

        // Large lengths are what offices write in 万: as likely so as in any other way.
        if (value >= 10000 && value % 1000 == 0)
        {
            options.AddRange(Enumerable.Repeat<Func<SpelledValue>>(() => new($"{Text(value / 10000)}万", value, Qualifier.Exact, "万"), 2));
        }

        if (value >= 20000 && value < 100000 && value % 10000 == 0)
        {
            options.AddRange(Enumerable.Repeat<Func<SpelledValue>>(
                () => new($"{ChineseDigits[(int)(value / 10000)].Replace("二", "两", StringComparison.Ordinal)}万多", value, Qualifier.AtLeast, "两万多"), 3));
        }

        return options[random.Next(options.Count)]();
    }

    /// <summary>A rate in percent points spelled as offices do: 5%, 5, a cell shown as 5%, 2%以内.</summary>
    public static SpelledValue Percent(Random random, double points, bool formatted)
    {
        var options = new List<Func<SpelledValue>>
        {
            () => new($"{Text(points)}%", points, Qualifier.Exact, "percent sign"),
            () => new($"{Text(points)}%以内", points, Qualifier.AtMost, "以内"),
        };
        if (formatted)
        {
            options.Add(() => new(new PercentCell(points / 100), points, Qualifier.Exact, "percent format"));
        }

        return options[random.Next(options.Count)]();
    }

    public static string Text(double value) => value.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture);

    private static string Chinese(int value) => value switch
    {
        < 10 => ChineseDigits[value],
        10 => "十",
        < 20 => "十" + ChineseDigits[value % 10],
        _ => ChineseDigits[value / 10] + "十" + (value % 10 == 0 ? string.Empty : ChineseDigits[value % 10]),
    };
}
