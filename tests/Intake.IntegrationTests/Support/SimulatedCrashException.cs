namespace Intake.IntegrationTests.Support;

/// <summary>Thrown by <see cref="AfterRequestsPolicy.CrashAfterWrite"/>: the worker "dies" here.</summary>
internal sealed class SimulatedCrashException(string message) : Exception(message);
