namespace Intake.Cli.Serve;

/// <summary>What <c>GET /api/status</c> answers.</summary>
/// <param name="Account">The storage account's name.</param>
/// <param name="Inbox">The watched container.</param>
/// <param name="Waiting">Uploads in the inbox not yet processed.</param>
public sealed record ServeStatus(string Account, string Inbox, int Waiting);
