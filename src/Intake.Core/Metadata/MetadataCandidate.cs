namespace Intake.Core.Metadata;

/// <summary>One reading of a reporter or period code, and where it came from (a cell address, or null).</summary>
public sealed record MetadataCandidate(string Code, MetadataSource Source, string? Cell, string Evidence)
;
