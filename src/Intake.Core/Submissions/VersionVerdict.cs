namespace Intake.Core.Submissions;

/// <summary>What becomes of an upload that passed validation, given the versions of its report on record.</summary>
public enum VersionVerdict
{
    /// <summary>Its facts become current, replacing those of the current versions.</summary>
    Accept,

    /// <summary>Its content is that of a current version: recorded, nothing changes.</summary>
    Duplicate,

    /// <summary>A current version was received after it: recorded, nothing changes.</summary>
    Superseded,
}
