namespace Intake.Local.Azurite;

/// <summary>The three ports one Azurite process listens on.</summary>
internal readonly record struct AzuritePorts(int Blob, int Queue, int Table)
{
    /// <summary>The ports that <c>UseDevelopmentStorage=true</c> points at.</summary>
    public static AzuritePorts Standard { get; } = new(10000, 10001, 10002);

    public IEnumerable<int> All => [Blob, Queue, Table];

    public override string ToString() => $"blob {Blob}, queue {Queue}, table {Table}";
}
