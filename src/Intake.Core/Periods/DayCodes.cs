using System.Collections.Concurrent;

namespace Intake.Core.Periods;

/// <summary>
/// The code of a day (<c>2022-03-28</c>), made once per day: a history import names the same few
/// thousand days on hundreds of thousands of rows, and every fact keeps its period's code.
/// </summary>
internal static class DayCodes
{
    // Sixty thousand days are 160 years; past that, codes are made afresh rather than remembered.
    private const int RememberedDays = 60_000;
    private static readonly ConcurrentDictionary<DateOnly, string> Codes = new();

    public static string Of(DateOnly day)
    {
        if (Codes.TryGetValue(day, out var code))
        {
            return code;
        }

        code = Period.Day(day).Code;
        if (Codes.Count < RememberedDays)
        {
            Codes.TryAdd(day, code);
        }

        return code;
    }
}
