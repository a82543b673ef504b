using ContestServerless.Tests.Privacy;

namespace ContestServerless.Tests.Results;

/// <summary>
/// A prize winner withdrawn after approval is not silently kept: the organizers' board names it as needing the
/// committee's decision and publication is refused until the results are unlocked, when the ranking no longer has it
/// and it cannot be disqualified either.
/// </summary>
public sealed class ResultsOutOfPlayTests(ResultsStack results) : IClassFixture<ResultsStack>
{
    [Fact]
    public async Task A_winner_withdrawn_after_approval_needs_a_decision_before_anything_is_published()
    {
        using var organizer = await results.OrganizerAsync();
        var f = results.Finalists;
        await results.VoteTheTieAsync(organizer);
        // Approved early, with the reason the committee recorded: the author can still withdraw until submissions close.
        (await organizer.PostAsJsonAsync("/api/organizer/results/approve", new { reason = "Hội đồng họp sớm theo kế hoạch" })).EnsureSuccessStatusCode();

        var withdrawn = await new EntrantClient(results.Stack.Http, f[0], results.ReceiptOf[f[0]]).WithdrawAsync();

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var board = await ResultsStack.BoardAsync(organizer);
        Assert.Equal([f[0]], board.Tiers[0].Entries.Select(e => e.EntryId));
        Assert.Equal([f[0]], board.LeftPlay.Select(e => e.EntryId));
        var publish = await organizer.PostAsJsonAsync("/api/organizer/results/publish", new { at = "", reason = "Công bố sớm theo kế hoạch" });
        Assert.Equal(HttpStatusCode.Conflict, publish.StatusCode);
        Assert.Equal("Có bài đạt giải đã ra khỏi cuộc thi", (await publish.ReadProblem()).Title);
        Assert.Equal(HttpStatusCode.NotFound, (await results.Stack.Http.GetAsync("/api/results")).StatusCode);

        (await organizer.PostAsJsonAsync("/api/organizer/results/unlock", new { reason = "Tác giả bài Giải Nhất đã rút bài" })).EnsureSuccessStatusCode();
        board = await ResultsStack.BoardAsync(organizer);
        Assert.Empty(board.LeftPlay);
        Assert.DoesNotContain(f[0], board.Tiers.SelectMany(t => t.Entries).Select(e => e.EntryId).Concat(board.Unplaced.Select(e => e.EntryId)));
        Assert.Equal([f[1]], board.Tiers[0].Entries.Select(e => e.EntryId));
        // Disqualifying goes through the same rule: an entry out of play is not in the ranking to be taken out of.
        var disqualified = await organizer.PostAsJsonAsync("/api/organizer/results/disqualifications", new { entryId = f[0], reason = "Tác giả đã rút bài" });
        Assert.Equal(HttpStatusCode.BadRequest, disqualified.StatusCode);
        Assert.Contains("entryId", (await disqualified.ReadProblem()).Errors.Keys);
    }
}
