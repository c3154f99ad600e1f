using Intake.Core.Periods;

namespace Intake.Storage.Tables;

/// <summary>
/// The periods a submission's facts fall in, written compactly (<c>2022-01-01..2022-12-31,2022-W13</c>)
/// so that even a history import of years of days fits in one table property.
/// </summary>
public static class PeriodList
{
    private const string Range = "..";

    public static string Compact(IEnumerable<string> codes)
    {
        var periods = codes.Distinct().Select(c => Period.TryParse(c, out var p) ? p : null).OfType<Period>()
            .OrderBy(p => p.Kind).ThenBy(p => p.Start).ToList();
        var parts = new List<string>();
        for (var i = 0; i < periods.Count;)
        {
            var last = i;
            while (last + 1 < periods.Count && periods[last + 1].Kind == periods[i].Kind && periods[last + 1] == Next(periods[last]))
            {
                last++;
            }

            parts.Add(last == i ? periods[i].Code : periods[i].Code + Range + periods[last].Code);
            i = last + 1;
        }

        return string.Join(',', parts);
    }

    public static IEnumerable<string> Expand(string? list)
    {
        foreach (var part in (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split(Range);
            if (bounds.Length == 2 && Period.TryParse(bounds[0], out var first) && Period.TryParse(bounds[1], out var end) && first.Kind == end.Kind)
            {
                for (var p = first; p.Start <= end.Start; p = Next(p))
                {
                    yield return p.Code;
                }
            }
            else
            {
                yield return part;
            }
        }
    }

    private static Period Next(Period period)
    {
        var day = period.End.AddDays(1);
        return period.Kind switch
        {
            PeriodKind.Day => Period.Day(day),
            PeriodKind.Week => Period.Week(day),
            PeriodKind.Month => Period.Month(day.Year, day.Month),
            PeriodKind.Quarter => Period.Quarter(day.Year, ((day.Month - 1) / 3) + 1),
            _ => Period.Year(day.Year),
        };
    }
}
