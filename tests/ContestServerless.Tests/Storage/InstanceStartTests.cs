using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ContestServerless.Functions.Contest;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.Storage;

/// <summary>
/// An instance starts without provisioning storage (in Azure the templates do, locally the host's provisioning step);
/// on a new deployment its first request stores the first contest and its register, once.
/// </summary>
public sealed class InstanceStartTests : IAsyncLifetime
{
    private readonly ContestStack _stack = new() { Settings = { [$"LocalHost:{nameof(LocalHostOptions.Provision)}"] = "false" } };

    public Task InitializeAsync() => _stack.InitializeAsync();

    public Task DisposeAsync() => _stack.DisposeAsync();

    private async Task<List<string>> TablesAsync()
    {
        var names = new List<string>();
        await foreach (var table in new TableServiceClient(_stack.Azurite.ConnectionString).QueryAsync()) names.Add(table.Name);
        return names;
    }

    private async Task<List<string>> ContainersAsync()
    {
        var names = new List<string>();
        await foreach (var container in new BlobServiceClient(_stack.Azurite.ConnectionString).GetBlobContainersAsync()) names.Add(container.Name);
        return names;
    }

    [Fact]
    public async Task A_started_instance_has_created_nothing_and_its_first_request_stores_the_first_contest_and_its_register()
    {
        Assert.Empty(await TablesAsync());
        Assert.Empty(await ContainersAsync());

        var contest = await _stack.Http.GetAsync("/api/contest");

        Assert.Equal(HttpStatusCode.OK, contest.StatusCode);
        Assert.Equal(_stack.DefaultContestId(), (await contest.ReadAs<ContestView>()).Id);
        Assert.Contains("Contests", await TablesAsync());
        using var organizer = await _stack.SignInAsOrganizerAsync();
        var units = await organizer.GetAsync("/api/organizer/units");
        Assert.Equal(HttpStatusCode.OK, units.StatusCode);
        Assert.Contains("so-noi-vu", await units.Content.ReadAsStringAsync());
    }
}
