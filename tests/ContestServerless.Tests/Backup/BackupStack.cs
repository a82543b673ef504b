using System.Globalization;
using System.Net.Http.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ContestServerless.Domain.Backup;
using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Backup;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Tests.Backup;

[CollectionDefinition(Name)]
public sealed class BackupCollection : ICollectionFixture<BackupStack>
{
    public const string Name = "Backup stack";
}

/// <summary>
/// A stack of its own (its tables are deleted and restored), with a second contest beside the first, so a backup
/// covers the deployment's tables and two contests' tables. Each test backs up on a day of its own (a fake clock given to
/// <see cref="BackupService"/>), so the days' folders never meet.
/// </summary>
public sealed class BackupStack : IAsyncLifetime
{
    public const string SecondContestId = "sao-luu-2031";

    public ContestStack Stack { get; } = new();

    public ContestRecord Second { get; private set; } = null!;

    public TableServiceClient Tables => new(Stack.Azurite.ConnectionString);

    public BlobContainerClient Backups => new BlobServiceClient(Stack.Azurite.ConnectionString).GetBlobContainerClient("backups");

    public async Task InitializeAsync()
    {
        await Stack.InitializeAsync();
        Second = await TestContests.AddAsync(Stack, SecondContestId, "Cuộc thi sao lưu 2031");
    }

    public Task DisposeAsync() => Stack.DisposeAsync();

    /// <summary>Runs the daily backup function as the timer does, on a clock at 21:00 UTC of <paramref name="utcDay"/> (04:00 next day in Viet Nam).</summary>
    public async Task<string> BackUpAsync(DateOnly utcDay)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(utcDay.ToDateTime(new TimeOnly(21, 0)), TimeSpan.Zero));
        var service = ActivatorUtilities.CreateInstance<BackupService>(Stack.Services, clock);
        var function = ActivatorUtilities.CreateInstance<BackupFunctions>(Stack.Services, service);
        await function.BackUpTables(null!, CancellationToken.None);
        return utcDay.AddDays(1).ToString(BackupFiles.DayFormat, CultureInfo.InvariantCulture);
    }

    /// <summary>POSTs the restore with the admin key, as an operator does (curl with the master key in Azure).</summary>
    public Task<HttpResponseMessage> RestoreAsync(string day, object? body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/operator/backups/{day}/restore");
        request.Headers.Add("x-functions-key", key ?? Stack.AdminKey);
        if (body is not null) request.Content = JsonContent.Create(body);
        return Stack.Http.SendAsync(request);
    }

    /// <summary>Every row of <paramref name="table"/> as text: keys, and each property's EDM type (its .NET type) and value.</summary>
    public async Task<List<string>> RowsOfAsync(string table)
    {
        var rows = new List<string>();
        await foreach (var row in Tables.GetTableClient(table).QueryAsync<TableEntity>())
            rows.Add(Describe(row));
        return rows;
    }

    public static string Describe(TableEntity row) =>
        string.Join(" | ", row.Keys.Where(k => k is not ("Timestamp" or "odata.etag")).Order(StringComparer.Ordinal)
            .Select(k => $"{k}:{row[k]?.GetType().Name}={Format(row[k])}"));

    private static string? Format(object? value) => value switch
    {
        byte[] bytes => Convert.ToBase64String(bytes),
        BinaryData bytes => Convert.ToBase64String(bytes.ToArray()),
        DateTimeOffset instant => instant.UtcDateTime.ToString("o", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// <paramref name="count"/> rows in partitions of 40 (so a restore crosses partitions and fills transactions), each
    /// with every type a table holds: string, bool, Int32, Int64, Double (whole and not), DateTime, Guid and Binary.
    /// </summary>
    public static IEnumerable<TableEntity> TypedRows(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => new TableEntity($"{prefix}-{i / 40:D3}", $"row-{i:D5}")
        {
            ["Text"] = $"Bài dự thi số {i}: \"trích dẫn\"\nxuống dòng",
            ["Flag"] = i % 2 == 0,
            ["Small"] = i - 20,
            ["Large"] = long.MaxValue - i,
            ["Whole"] = 2.0,
            ["Fraction"] = i + 0.25,
            ["At"] = new DateTimeOffset(2031, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(i * 1234567L),
            ["Id"] = new Guid(i, 7, 9, [1, 2, 3, 4, 5, 6, 7, 8]),
            ["Bytes"] = new byte[] { 0, 255, (byte)i, 10, 13 },
        });

    public async Task SeedAsync(string table, IEnumerable<TableEntity> rows)
    {
        var client = Tables.GetTableClient(table);
        await client.CreateIfNotExistsAsync();
        foreach (var partition in rows.GroupBy(r => r.PartitionKey))
            foreach (var chunk in partition.Chunk(100))
                await client.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)));
    }
}
