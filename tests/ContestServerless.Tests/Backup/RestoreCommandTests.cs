using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Backup;

/// <summary>
/// <c>script/restore</c> (the local host's <c>restore</c> command) restores a day into the account its connection
/// string names, and says why when it refuses.
/// </summary>
[Collection(BackupCollection.Name)]
public sealed class RestoreCommandTests(BackupStack backup)
{
    [Fact]
    public async Task The_restore_command_brings_back_a_deleted_table_of_the_second_contest()
    {
        var judging = "Judging" + backup.Second.StorageKey;
        await backup.SeedAsync(judging, BackupStack.TypedRows("command", 45));
        var before = await backup.RowsOfAsync(judging);
        var day = await backup.BackUpAsync(new DateOnly(2031, 7, 1));
        await backup.Tables.DeleteTableAsync(judging);
        var output = new StringWriter();

        var exit = await RestoreCommand.RunAsync([day, "--connection", backup.Stack.Azurite.ConnectionString, "--tables", judging], output);

        Assert.Equal(0, exit);
        Assert.Contains($"restored {judging} -> {judging}: 45 rows", output.ToString());
        Assert.Equal(before.Order(), (await backup.RowsOfAsync(judging)).Order());
    }

    [Fact]
    public async Task The_restore_command_refuses_a_table_holding_rows_and_says_which()
    {
        var day = await backup.BackUpAsync(new DateOnly(2031, 7, 2));
        var output = new StringWriter();

        var exit = await RestoreCommand.RunAsync([day, "--connection", backup.Stack.Azurite.ConnectionString, "--tables", "Contests"], output);

        Assert.Equal(1, exit);
        Assert.Contains("Bảng đích đang có dữ liệu", output.ToString());
        Assert.Contains("Contests", output.ToString());
    }
}
