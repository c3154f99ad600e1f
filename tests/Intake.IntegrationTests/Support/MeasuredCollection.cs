namespace Intake.IntegrationTests.Support;

/// <summary>Tests that measure a process's memory or CPU time run alone, on a machine no other test is loading.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredCollection
{
    public const string Name = "Measured";
}
