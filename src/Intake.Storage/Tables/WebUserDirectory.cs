using Azure;
using Azure.Data.Tables;

namespace Intake.Storage.Tables;

/// <summary>
/// Who is who on the web page, and the owner of the table <c>IntakeWebUsers</c>: one row per signed-in user, PartitionKey = the user's Entra tenant
/// id and RowKey = their object id (both in lower case), property <c>Reporter</c> = the org-unit code they report
/// for; <c>shangjie</c> is the district office, which sees the week view and may upload for any unit.
/// </summary>
public sealed class WebUserDirectory(IntakeStorage storage)
{
    private TableClient Table => storage.WebUsers;

    /// <summary>The reporter code listed for the user; null when they are not listed.</summary>
    public async Task<string?> FindReporterAsync(string tenantId, string objectId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        ArgumentNullException.ThrowIfNull(objectId);
        if (!IsValidKey(tenantId) || !IsValidKey(objectId))
        {
            return null;
        }

        try
        {
            var row = await Table.GetEntityIfExistsAsync<TableEntity>(tenantId, objectId, ["Reporter"], cancellationToken).ConfigureAwait(false);
            return row.HasValue && row.Value?.GetString("Reporter") is { Length: > 0 } reporter ? reporter : null;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Lists a user (the operator's tool and the tests use it).</summary>
    public async Task SetAsync(string tenantId, string objectId, string reporter, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(objectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reporter);
        await Table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(tenantId.Trim().ToLowerInvariant(), objectId.Trim().ToLowerInvariant()) { ["Reporter"] = reporter };
        await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsValidKey(string key) =>
        key.Length is > 0 and <= 512 && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
}
