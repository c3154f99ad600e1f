using System.Globalization;

namespace Intake.IntegrationTests.Support;

/// <summary>The signals this process ignores, as Linux lists them in <c>/proc/self/status</c>; a child inherits them.</summary>
internal static class SignalDispositions
{
    private const int SigInt = 2;

    /// <summary>True when SIGINT is ignored here, and so in every child started from here.</summary>
    public static bool InterruptIgnored()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null
            && ulong.TryParse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var mask)
            && (mask & (1UL << (SigInt - 1))) != 0;
    }
}
