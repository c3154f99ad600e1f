using Intake.Bench.Parse;
using Intake.Bench.Reporting;
using Intake.Bench.Rollup;
using Intake.Bench.Store;

namespace Intake.Bench;

/// <summary>Everything one run measured, and on what machine.</summary>
public sealed record BenchResults(MachineDescription Machine, IReadOnlyList<ParseMeasurement> Parse, IReadOnlyList<StoreMeasurement> Store, IReadOnlyList<RollupMeasurement> Rollup);
