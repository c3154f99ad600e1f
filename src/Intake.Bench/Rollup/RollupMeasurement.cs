namespace Intake.Bench.Rollup;

/// <summary>
/// One week rolled up beside a bare read of the partitions the rollup queried: times, what each found, and the
/// managed heap's sampled peak (above its level before) and allocations of each, measured in the bench process.
/// </summary>
public sealed record RollupMeasurement(
    string Week,
    int Facts,
    int Submissions,
    int Partitions,
    TimeSpan Seed,
    TimeSpan BareRead,
    long BareEntities,
    TimeSpan Rollup,
    int RollupRows,
    int Reconciliations,
    long BarePeakBytes,
    long RollupPeakBytes,
    long RollupAllocatedBytes)
{
    public double Ratio => Rollup / BareRead;
}
