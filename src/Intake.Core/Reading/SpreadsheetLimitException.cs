using Intake.Core.Messages;

namespace Intake.Core.Reading;

/// <summary>The file exceeds one of the configured <see cref="ReadLimits"/>.</summary>
public sealed class SpreadsheetLimitException(LocalizedText reason)
    : UnreadableFileException(reason);
