using Intake.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intake.Cli.Serve;

/// <summary>The HTTP routes of <c>intake serve</c>; pages and APIs for people are added here.</summary>
internal static class ServeRoutes
{
    // What a health probe reads, not a sentence for a person.
    private const string Healthy = "ok";

    public static IEndpointRouteBuilder MapIntakeRoutes(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", () => Results.Text(Healthy));
        routes.MapGet("/api/status", async (IntakeStorage storage, CancellationToken cancellationToken) =>
        {
            var waiting = 0;
            await foreach (var _ in storage.Container(StorageNames.InboxContainer).GetBlobsAsync(cancellationToken: cancellationToken))
            {
                waiting++;
            }

            return Results.Json(new ServeStatus(storage.Blobs.AccountName, StorageNames.InboxContainer, waiting));
        });
        return routes;
    }
}
