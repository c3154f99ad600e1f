using System.Runtime.InteropServices;

namespace Intake.Bench.Reporting;

/// <summary>The machine a run was made on, as the results file names it.</summary>
public sealed record MachineDescription(string Processor, int Cores, long MemoryBytes, string OperatingSystem, string Runtime)
{
    public static MachineDescription Current() => new(
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : RuntimeInformation.ProcessArchitecture.ToString(),
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription);
}
