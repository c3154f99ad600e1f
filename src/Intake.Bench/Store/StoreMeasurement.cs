namespace Intake.Bench.Store;

/// <summary>One report stored both ways; <see cref="IngestWrites"/> is the ingest less its parse.</summary>
public sealed record StoreMeasurement(int Rows, int Entities, TimeSpan BareUpsert, TimeSpan Ingest, TimeSpan Parse)
{
    public TimeSpan IngestWrites => Ingest - Parse;

    public double Ratio => IngestWrites / BareUpsert;
}
