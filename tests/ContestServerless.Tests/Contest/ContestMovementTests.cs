using System.Text.Json.Nodes;
using static ContestServerless.Tests.Contest.ContestRecordTests;

namespace ContestServerless.Tests.Contest;

/// <summary>Entries are filed under a movement, so organizers cannot remove one that entries use (they may rename it).</summary>
[Collection(StackCollection.Name)]
public sealed class ContestMovementTests(ContestStack stack)
{
    [Fact]
    public async Task A_movement_that_entries_use_cannot_be_removed()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        await new Entrant(stack.Http).EnterAsync("so-noi-vu", "Bài giữ phong trào giảm nghèo");
        await stack.CatalogueCaughtUpAsync();
        var (version, settings) = await ReadAsync(organizer);
        settings["movements"] = new JsonArray([.. settings["movements"]!.AsArray()
            .Where(m => m!["id"]!.GetValue<string>() != "giam-ngheo").Select(m => m!.DeepClone())]);

        var response = await PutAsync(organizer, settings, version);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadProblem();
        Assert.Contains("Giảm nghèo bền vững", problem.Errors["movements"][0], StringComparison.Ordinal);
        Assert.Equal(version, (await ReadAsync(organizer)).Version);
    }
}
