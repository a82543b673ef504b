using Azure;
using Azure.Data.Tables;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// The reads and conditional writes the stores share, answering in the stores' terms: a row read through its mapping
/// or null, a list, and false (not an exception) where storage refuses a write because the row is taken, changed or gone,
/// which is how the stores' callers learn to read again or draw again.
/// </summary>
public static class TableClientExtensions
{
    /// <summary>The row read through <paramref name="read"/>, or null when there is none.</summary>
    public static async Task<T?> FindAsync<T>(this TableClient table, string partitionKey, string rowKey, Func<TableEntity, T> read,
        CancellationToken cancellationToken) where T : class?
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
        return row.HasValue ? read(row.Value!) : null;
    }

    /// <summary>Every row <paramref name="filter"/> matches, read through <paramref name="read"/>, in storage's order.</summary>
    public static async Task<List<T>> ListAsync<T>(this TableClient table, string filter, Func<TableEntity, T> read, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            list.Add(read(row));
        return list;
    }

    /// <summary>Every row of one partition whose key starts with <paramref name="prefix"/> (up to <paramref name="end"/>, excluded).</summary>
    public static string RangeFilter(string partitionKey, string prefix, string end) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {prefix} and RowKey lt {end}");

    /// <summary>Inserts the row; false when its key is taken.</summary>
    public static Task<bool> TryAddAsync(this TableClient table, TableEntity row, CancellationToken cancellationToken) =>
        SucceedsAsync(table.AddEntityAsync(row, cancellationToken), 409);

    /// <summary>Replaces the row as it was read at <paramref name="version"/>; false when it changed since or is gone.</summary>
    public static Task<bool> TryReplaceAsync(this TableClient table, TableEntity row, string version, CancellationToken cancellationToken) =>
        SucceedsAsync(table.UpdateEntityAsync(row, new ETag(version), TableUpdateMode.Replace, cancellationToken), 412, 404);

    /// <summary>Deletes the row as it was read at <paramref name="version"/>; false when it changed since or is gone.</summary>
    public static Task<bool> TryDeleteAsync(this TableClient table, string partitionKey, string rowKey, string version, CancellationToken cancellationToken) =>
        SucceedsAsync(table.DeleteEntityAsync(partitionKey, rowKey, new ETag(version), cancellationToken), 412, 404);

    /// <summary><see cref="TryAddAsync"/> answering the row's new version (its ETag), or null when its key is taken.</summary>
    public static Task<string?> TryAddVersionedAsync(this TableClient table, TableEntity row, CancellationToken cancellationToken) =>
        VersionAsync(table.AddEntityAsync(row, cancellationToken), 409);

    /// <summary><see cref="TryReplaceAsync"/> answering the row's new version (its ETag), or null when it changed since or is gone.</summary>
    public static Task<string?> TryReplaceVersionedAsync(this TableClient table, TableEntity row, string version, CancellationToken cancellationToken) =>
        VersionAsync(table.UpdateEntityAsync(row, new ETag(version), TableUpdateMode.Replace, cancellationToken), 412, 404);

    private static async Task<string?> VersionAsync(Task<Response> write, params int[] refused)
    {
        try
        {
            return (await write).Headers.ETag?.ToString() ?? throw new InvalidOperationException("Table storage answered a write without an ETag.");
        }
        catch (RequestFailedException e) when (refused.Contains(e.Status))
        {
            return null;
        }
    }

    private static async Task<bool> SucceedsAsync(Task write, params int[] refused)
    {
        try
        {
            await write;
            return true;
        }
        catch (RequestFailedException e) when (refused.Contains(e.Status))
        {
            return false;
        }
    }
}
