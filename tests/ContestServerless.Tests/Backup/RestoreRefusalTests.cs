namespace ContestServerless.Tests.Backup;

/// <summary>
/// A restore writes nothing unless every check passes: the operator's key, a day with a complete backup, tables it
/// holds, intact files, and target tables without rows (unless told to overwrite, or sent into another table).
/// </summary>
[Collection(BackupCollection.Name)]
public sealed class RestoreRefusalTests(BackupStack backup)
{
    private ContestStack Stack => backup.Stack;

    [Fact]
    public async Task A_restore_into_a_table_holding_rows_is_refused_and_writes_nothing()
    {
        var day = await backup.BackUpAsync(new DateOnly(2031, 6, 1));
        await backup.SeedAsync("Audit", BackupStack.TypedRows("after-backup", 2));
        var before = await backup.RowsOfAsync("Audit");

        var response = await backup.RestoreAsync(day, new { tables = new[] { "Audit" } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Audit", (await response.ReadProblem()).Detail);
        Assert.Equal(before.Order(), (await backup.RowsOfAsync("Audit")).Order());
    }

    [Fact]
    public async Task A_table_is_restored_beside_the_live_one_under_another_name()
    {
        var day = await backup.BackUpAsync(new DateOnly(2031, 6, 2));

        var response = await backup.RestoreAsync(day, new { tables = new[] { "Units:UnitsRestored" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((await backup.RowsOfAsync("Units")).Order(), (await backup.RowsOfAsync("UnitsRestored")).Order());
    }

    [Fact]
    public async Task Overwrite_restores_into_a_table_holding_rows()
    {
        var day = await backup.BackUpAsync(new DateOnly(2031, 6, 3));
        var backedUp = await backup.RowsOfAsync("Reminders");
        await backup.SeedAsync("Reminders", [new Azure.Data.Tables.TableEntity("zz-restore", "changed") { ["Note"] = "sau sao lưu" }]);

        var response = await backup.RestoreAsync(day, new { tables = new[] { "Reminders" }, overwrite = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Rows with the backup's keys are as they were; a row written since stays, which the README warns about.
        Assert.Equal(backedUp.Count + 1, (await backup.RowsOfAsync("Reminders")).Count);
    }

    [Fact]
    public async Task A_damaged_file_is_refused_before_any_row_is_written()
    {
        var day = await backup.BackUpAsync(new DateOnly(2031, 6, 4));
        // Azurite has no immutability policy; in Azure this overwrite itself would be refused.
        await backup.Backups.GetBlobClient($"{day}/Staff.jsonl.gz").UploadAsync(BinaryData.FromString("not gzip"), overwrite: true);

        var response = await backup.RestoreAsync(day, new { tables = new[] { "Staff:StaffRestored" } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Bản sao lưu bị hỏng", (await response.ReadProblem()).Title);
        await foreach (var table in backup.Tables.QueryAsync(t => t.Name == "StaffRestored")) Assert.Fail($"{table.Name} was created.");
    }

    [Theory]
    [InlineData("2031-13-01", "day")]
    [InlineData("2031-6-1", "day")]
    [InlineData("01.06.2031", "day")]
    public async Task A_malformed_day_is_a_field_error(string day, string field)
    {
        var response = await backup.RestoreAsync(day, null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ReadProblem()).Errors!.Keys);
    }

    [Fact]
    public async Task A_day_without_a_backup_is_not_found_and_a_table_it_lacks_is_a_field_error()
    {
        var day = await backup.BackUpAsync(new DateOnly(2031, 6, 5));

        Assert.Equal(HttpStatusCode.NotFound, (await backup.RestoreAsync("2030-01-01", null)).StatusCode);
        var response = await backup.RestoreAsync(day, new { tables = new[] { "NoSuchTable" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tables", (await response.ReadProblem()).Errors!.Keys);
    }

    [Fact]
    public async Task Without_the_admin_key_nobody_restores_not_even_a_signed_in_organizer()
    {
        var day = await backup.BackUpAsync(new DateOnly(2031, 6, 6));
        using var organizer = await Stack.SignInAsOrganizerAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await backup.RestoreAsync(day, null, key: "wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await organizer.PostAsync($"/api/operator/backups/{day}/restore", null)).StatusCode);
    }
}
