namespace Intake.IntegrationTests.Support;

/// <summary>Tests that redirect the process's console run alone, so no other test writes into their capture.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
