using Azure;
using Azure.Data.Tables;
using Intake.Storage;

namespace Intake.Web.Access;

/// <summary>
/// Who is who: the table <c>IntakeWebUsers</c>, one row per signed-in user (PartitionKey <c>user</c>,
/// RowKey = the user's Entra object id or user name in lower case, property <c>Reporter</c> = the
/// org-unit code they report for; <c>shangjie</c> is the district office, which sees the week view and
/// may upload for any unit).
/// </summary>
public sealed class WebUserDirectory(IntakeStorage storage)
{
    public const string Partition = "user";

    private TableClient Table => storage.Tables.GetTableClient(StorageNames.WebUsersTable);

    /// <summary>The reporter code listed for the first key found; null when the user is not listed.</summary>
    public async Task<string?> FindReporterAsync(IEnumerable<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys.Where(IsValidKey))
        {
            try
            {
                var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, key, ["Reporter"], cancellationToken).ConfigureAwait(false);
                if (row.HasValue && row.Value?.GetString("Reporter") is { Length: > 0 } reporter)
                {
                    return reporter;
                }
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Lists a user (the operator's tool and the tests use it).</summary>
    public async Task SetAsync(string key, string reporter, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(reporter);
        await Table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await Table.UpsertEntityAsync(new TableEntity(Partition, key.Trim().ToLowerInvariant()) { ["Reporter"] = reporter }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsValidKey(string key) => key.Length <= 512 && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
}
