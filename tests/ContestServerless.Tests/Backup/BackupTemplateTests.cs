using System.Text.Json.Nodes;
using ContestServerless.Functions.Storage;

namespace ContestServerless.Tests.Backup;

/// <summary>
/// The templates keep the container the backup writes into, immutable for the days of a parameter (35 unless set), so a
/// bad day, a bug or a stolen identity cannot erase the backups that would repair it.
/// </summary>
public sealed class BackupTemplateTests
{
    private static async Task<JsonNode> StorageModuleAsync()
    {
        var template = await Bicep.CompiledMainAsync();
        return Bicep.Objects(template).Single(o => o["name"]?.ToString() == "storage" && o["properties"]?["template"] is not null)["properties"]!["template"]!;
    }

    [Fact]
    public async Task The_backups_container_is_the_one_the_code_writes_into()
    {
        var storage = await StorageModuleAsync();

        Assert.Equal(new StorageOptions().BackupsContainer, storage["variables"]!["backupsContainerName"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_backups_container_keeps_each_file_immutable_for_the_days_of_its_parameter()
    {
        var storage = await StorageModuleAsync();
        var resources = Bicep.Objects(storage["resources"]!).ToList();

        var policy = Assert.Single(resources, r => r["type"]?.GetValue<string>() == "Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies");
        Assert.Contains("backupsContainerName", policy["name"]!.GetValue<string>());
        Assert.Equal("[parameters('backupRetentionDays')]", policy["properties"]!["immutabilityPeriodSinceCreationInDays"]!.GetValue<string>());
        Assert.False(policy["properties"]!["allowProtectedAppendWrites"]!.GetValue<bool>());
        var blobService = Assert.Single(resources, r => r["type"]?.GetValue<string>() == "Microsoft.Storage/storageAccounts/blobServices");
        Assert.True(blobService["properties"]!["isVersioningEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_retention_is_35_days_unless_the_environment_sets_BACKUP_RETENTION_DAYS()
    {
        var parameters = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Bicep.InfraDirectory, "main.parameters.json")))!;

        Assert.Equal("${BACKUP_RETENTION_DAYS=35}", parameters["parameters"]!["backupRetentionDays"]!["value"]!.GetValue<string>());
        var storage = await StorageModuleAsync();
        Assert.Equal(35, storage["parameters"]!["backupRetentionDays"]!["defaultValue"]!.GetValue<int>());
    }
}
