using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using ContestServerless.Domain.Backup;
using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Backup;
using ContestServerless.Functions.Storage;

namespace ContestServerless.Tests.Backup;

/// <summary>
/// The daily backup copies every table of the deployment, both contests' included, and a restore brings a deleted
/// table back row for row, every property with its type; the files are what the manifest says they are.
/// </summary>
[Collection(BackupCollection.Name)]
public sealed class BackupAndRestoreTests(BackupStack backup)
{
    private ContestStack Stack => backup.Stack;

    private IReadOnlyList<string> DeploymentTables() =>
        [.. Functions.Storage.DeploymentTables.Names,
            .. Stack.Services.GetRequiredService<ContestDirectory>().All.SelectMany(c => ContestTables.NamesOf(c.StorageKey))];

    [Fact]
    public async Task A_deleted_table_of_each_contest_is_restored_row_for_row_with_every_property_type()
    {
        var firstEntries = "Entries";
        var secondEntries = "Entries" + backup.Second.StorageKey;
        await backup.SeedAsync(firstEntries, BackupStack.TypedRows("backup-first", 250));
        await backup.SeedAsync(secondEntries, BackupStack.TypedRows("backup-second", 130));
        var before = new Dictionary<string, List<string>>();
        foreach (var table in DeploymentTables()) before[table] = await backup.RowsOfAsync(table);
        Assert.NotEmpty(before["Units"]);
        Assert.Equal(2, before["Contests"].Count);

        var day = await backup.BackUpAsync(new DateOnly(2031, 3, 1));
        await backup.Tables.DeleteTableAsync(secondEntries);
        await backup.Tables.DeleteTableAsync("Units");
        var response = await backup.RestoreAsync(day, new { tables = new[] { secondEntries, "Units" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var restored = await response.ReadAs<RestoreView>();
        Assert.Equal(day, restored.Day);
        Assert.Equal([(secondEntries, (long)before[secondEntries].Count), ("Units", before["Units"].Count)],
            restored.Tables.Select(t => (t.Into, t.Rows)));
        foreach (var table in DeploymentTables())
            Assert.Equal(before[table].Order(StringComparer.Ordinal), (await backup.RowsOfAsync(table)).Order(StringComparer.Ordinal));
        Assert.Contains(before[firstEntries], row => row.Contains("Large:Int64=9223372036854775807", StringComparison.Ordinal)
            && row.Contains("Whole:Double=2", StringComparison.Ordinal) && row.Contains("Bytes:Byte[]=AP8ACg0=", StringComparison.Ordinal)
            && row.Contains("At:DateTimeOffset=2031-01-02T03:04:05.0000000Z", StringComparison.Ordinal) && row.Contains("Id:Guid=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_manifest_lists_every_table_of_the_deployment_with_the_rows_and_hash_of_its_file()
    {
        var day = await backup.BackUpAsync(new DateOnly(2031, 4, 1));

        var manifest = (await backup.Backups.GetBlobClient($"{day}/manifest.json").DownloadContentAsync()).Value.Content
            .ToObjectFromJson<BackupManifest>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.Equal(DeploymentTables().Order(), manifest.Tables.Select(t => t.Table).Order());
        foreach (var file in manifest.Tables)
        {
            Assert.Equal($"{day}/{file.Table}.jsonl.gz", file.File);
            var bytes = (await backup.Backups.GetBlobClient(file.File).DownloadContentAsync()).Value.Content.ToArray();
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256);
            Assert.Equal(bytes.Length, file.Bytes);
            using var lines = new StreamReader(new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress));
            var count = 0;
            while (await lines.ReadLineAsync() is { } line)
            {
                using var row = JsonDocument.Parse(line);
                Assert.True(row.RootElement.TryGetProperty("PartitionKey", out _));
                count++;
            }
            Assert.Equal(file.Rows, count);
            Assert.Equal((await backup.RowsOfAsync(file.Table)).Count, count);
        }
    }

    [Fact]
    public async Task A_second_run_on_the_same_day_writes_nothing_and_keeps_the_first_manifest()
    {
        var day = await backup.BackUpAsync(new DateOnly(2031, 5, 1));
        var first = (await backup.Backups.GetBlobClient($"{day}/manifest.json").GetPropertiesAsync()).Value.ETag;
        await backup.SeedAsync("Entries", BackupStack.TypedRows("backup-later", 3));

        await backup.BackUpAsync(new DateOnly(2031, 5, 1));

        Assert.Equal(first, (await backup.Backups.GetBlobClient($"{day}/manifest.json").GetPropertiesAsync()).Value.ETag);
    }
}
