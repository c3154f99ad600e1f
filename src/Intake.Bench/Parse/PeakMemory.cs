using System.Diagnostics;
using System.Globalization;

namespace Intake.Bench.Parse;

/// <summary>
/// The peak memory of one operation, measured in a process of its own (a fresh runtime, nothing else in it):
/// the bench starts <c>intake bench --probe</c>, which runs the operation once and prints its high-water mark.
/// </summary>
public static class PeakMemory
{
    private const string Marker = "peak-bytes=";

    public static readonly string[] Operations = ["bare", "parse"];

    /// <summary>Runs the operation in this process and prints the peak; what the probe process does.</summary>
    public static void Probe(string operation, string file, TextWriter output)
    {
        _ = operation switch
        {
            "bare" => BareReader.CountCells(file),
            "parse" => ParseBenchmarks.ReadFacts(ParseBenchmarks.Parse(file)),
            _ => throw new ArgumentException($"Unknown probe '{operation}'.", nameof(operation)),
        };
        output.WriteLine(Marker + Peak().ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Starts a probe process and reads its peak.</summary>
    public static async Task<long> MeasureAsync(Func<string, string, ProcessStartInfo> probe, string operation, string file, CancellationToken cancellationToken = default)
    {
        var start = probe(operation, file);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The probe process did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var line = (await stdout.ConfigureAwait(false)).Split('\n').FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal));
        return line is not null && process.ExitCode == 0
            ? long.Parse(line[Marker.Length..].Trim(), CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"The {operation} probe of {file} failed ({process.ExitCode}): {await stderr.ConfigureAwait(false)}");
    }

    // VmHWM is the resident set's high-water mark, what the machine had to give; elsewhere the peak working set.
    private static long Peak()
    {
        if (File.Exists("/proc/self/status"))
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                return long.Parse(line["VmHWM:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) * 1024;
            }
        }

        return Process.GetCurrentProcess().PeakWorkingSet64;
    }
}
