using ContestServerless.Tests.Judging;

namespace ContestServerless.Tests.Results;

/// <summary>
/// Approval is refused while a prize goes to an entry waiting for a decision: here the winner of Giải Nhất turns out to
/// share its title and author with an entry of another unit that arrived after judging. The board names it; once
/// organizers decide, approval goes through.
/// </summary>
public sealed class ResultsUndecidedTests(ResultsStack results) : IClassFixture<ResultsStack>
{
    [Fact]
    public async Task Approval_is_refused_naming_a_winner_that_may_be_a_copy_until_organizers_decide()
    {
        using var organizer = await results.OrganizerAsync();
        var f = results.Finalists;
        await results.VoteTheTieAsync(organizer);
        var winner = (await ResultsStack.BoardAsync(organizer)).Tiers[0].Entries.Single();
        var form = Entrant.Form(fileName: "bai-du-thi.docx", unitId: ResultsStack.UnitB, email: null);
        form["title"] = winner.Title;
        form["author"]!["fullName"] = results.AuthorOf[f[0]];
        var later = await new Entrant(results.Stack.Http).EnterAsync(form, WordFiles.Essay("Một bài gửi sau, cùng tên, cùng tác giả.", "Người khác"));

        var refused = await organizer.PostAsJsonAsync("/api/organizer/results/approve", new { reason = "Hội đồng họp trước hạn nhận bài" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.ReadProblem();
        Assert.Equal("Còn bài đạt giải chưa được quyết định", problem.Title);
        Assert.Contains(winner.Code, problem.Detail);
        Assert.Contains("có thể trùng với bài khác", problem.Detail);
        Assert.Equal([f[0]], (await ResultsStack.BoardAsync(organizer)).Undecided.Select(e => e.EntryId));
        Assert.Null((await ResultsStack.BoardAsync(organizer)).ApprovedAt);

        (await organizer.PostAsJsonAsync($"/api/organizer/entries/{later}/distinct",
            new { distinctFrom = f[0], reason = "Cùng tên bài nhưng nội dung khác hẳn" })).EnsureSuccessStatusCode();

        var approved = await organizer.PostAsJsonAsync("/api/organizer/results/approve", new { reason = "Hội đồng họp trước hạn nhận bài" });
        Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());
        Assert.Empty((await ResultsStack.BoardAsync(organizer)).Undecided);
    }
}
