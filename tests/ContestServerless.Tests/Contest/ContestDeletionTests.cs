using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Audit;
using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Storage;

namespace ContestServerless.Tests.Contest;

/// <summary>
/// A contest created by mistake is deleted with its tables and containers while it holds no entry; one that holds
/// entries is refused while it runs (archive it first) and deleted as a whole once archived (retention); the
/// deployment's first contest is never deleted.
/// </summary>
[Collection(ContestLifecycleCollection.Name)]
public sealed class ContestDeletionTests(ContestLifecycleStack lifecycle)
{
    private ContestStack Stack => lifecycle.Stack;

    private async Task<IReadOnlyList<string>> StoredTablesAsync(string storageKey)
    {
        var tables = new TableServiceClient(Stack.Azurite.ConnectionString);
        var names = new List<string>();
        await foreach (var table in tables.QueryAsync()) if (table.Name.EndsWith(storageKey, StringComparison.Ordinal)) names.Add(table.Name);
        return names;
    }

    private async Task<IReadOnlyList<string>> StoredContainersAsync(string storageKey)
    {
        var blobs = new BlobServiceClient(Stack.Azurite.ConnectionString);
        var names = new List<string>();
        await foreach (var container in blobs.GetBlobContainersAsync()) if (container.Name.EndsWith("-" + storageKey, StringComparison.Ordinal)) names.Add(container.Name);
        return names;
    }

    [Fact]
    public async Task A_contest_without_entries_is_deleted_with_its_tables_and_containers_and_the_deletion_is_audited()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        await ContestLifecycleStack.CreateAsync(organizer, "nham-lan-2030", "Tạo nhầm", Stack.DefaultContestId(), copyRegister: true);
        var storageKey = Stack.Services.GetRequiredService<ContestDirectory>().Find("nham-lan-2030")!.StorageKey;
        Assert.Equal(ContestTables.BaseNames.Count, (await StoredTablesAsync(storageKey)).Count);
        // Entries, exports, catalogue and documents.
        Assert.Equal(4, (await StoredContainersAsync(storageKey)).Count);

        var response = await organizer.DeleteAsync("/api/organizer/contests/nham-lan-2030");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Stack.Http.GetAsync("/api/contests/nham-lan-2030")).StatusCode);
        Assert.DoesNotContain(await (await Stack.Http.GetAsync("/api/contests")).ReadAs<List<ContestSummaryView>>(), c => c.Id == "nham-lan-2030");
        Assert.Empty(await StoredTablesAsync(storageKey));
        Assert.Empty(await StoredContainersAsync(storageKey));
        var audit = await (await organizer.GetAsync("/api/organizer/audit")).ReadAs<AuditPageView>();
        Assert.Contains(audit.Records, r => r.Action == AuditAction.ContestDeleted && r.Target == "nham-lan-2030");
    }

    [Fact]
    public async Task A_contest_holding_an_entry_is_not_deleted_and_the_problem_says_to_archive_it()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        await ContestLifecycleStack.CreateAsync(organizer, "co-bai-2030", "Đã có bài", Stack.DefaultContestId(), copyRegister: true);
        using var entrant = ContestClients.In(Stack.Http, "co-bai-2030");
        await new Entrant(entrant).CreateAsync(Entrant.Form(unitId: ContestLifecycleStack.Unit, email: "co-bai@example.org"));

        var response = await organizer.DeleteAsync("/api/organizer/contests/co-bai-2030");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadProblem();
        Assert.Contains("Hãy lưu trữ cuộc thi", problem.Detail);
        Assert.Equal(HttpStatusCode.OK, (await Stack.Http.GetAsync("/api/contests/co-bai-2030")).StatusCode);
    }

    [Fact]
    public async Task An_archived_contest_holding_entries_is_deleted_as_a_whole_entries_and_files_included()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        await ContestLifecycleStack.CreateAsync(organizer, "het-han-2030", "Hết thời hạn lưu trữ", Stack.DefaultContestId(), copyRegister: true);
        var storageKey = Stack.Services.GetRequiredService<ContestDirectory>().Find("het-han-2030")!.StorageKey;
        using var entrant = ContestClients.In(Stack.Http, "het-han-2030");
        await new Entrant(entrant).CreateAsync(Entrant.Form(unitId: ContestLifecycleStack.Unit, email: "het-han@example.org"));
        (await organizer.PostAsync("/api/organizer/contests/het-han-2030/archive", null)).EnsureSuccessStatusCode();

        var response = await organizer.DeleteAsync("/api/organizer/contests/het-han-2030");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Stack.Http.GetAsync("/api/contests/het-han-2030")).StatusCode);
        Assert.Empty(await StoredTablesAsync(storageKey));
        Assert.Empty(await StoredContainersAsync(storageKey));
        var audit = await (await organizer.GetAsync("/api/organizer/audit")).ReadAs<AuditPageView>();
        Assert.Contains(audit.Records, r => r.Action == AuditAction.ContestDeleted && r.Target == "het-han-2030" && r.Detail.Contains("toàn bộ dữ liệu", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_deployments_first_contest_is_never_deleted()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();

        var response = await organizer.DeleteAsync($"/api/organizer/contests/{Stack.DefaultContestId()}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Không xóa được cuộc thi đầu tiên", (await response.ReadProblem()).Title);
        Assert.Equal(HttpStatusCode.OK, (await Stack.Http.GetAsync($"/api/contests/{Stack.DefaultContestId()}")).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_contest_that_does_not_exist_is_a_404()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();

        var response = await organizer.DeleteAsync("/api/organizer/contests/khong-co-2030");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
