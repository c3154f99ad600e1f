using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace Intake.Functions;

/// <summary>
/// Logs a failed invocation once, with its trigger's binding data (the blob name), then lets the
/// exception go on: the host's retry and poison handling depend on seeing it.
/// </summary>
public sealed class FailureLoggingMiddleware(ILogger<FailureLoggingMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context);
        }
        catch (Exception ex)
        {
            var name = context.BindingContext.BindingData.TryGetValue("name", out var blob) ? blob : null;
            logger.LogError(ex, "{Function} failed for {Blob}; the host will retry it", context.FunctionDefinition.Name, name);
            throw;
        }
    }
}
