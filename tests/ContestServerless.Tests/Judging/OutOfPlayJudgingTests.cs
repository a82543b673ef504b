using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Judging;
using ContestServerless.Functions.Judging;
using ContestServerless.Tests.Privacy;

namespace ContestServerless.Tests.Judging;

/// <summary>
/// An entry that leaves play (withdrawn, excluded, marked a copy) leaves every round at once: off its judges' lists, its
/// code, file and score refused as if unknown, out of the ranking, its judges' copy deleted; back in play, it is sealed
/// and assigned again by the next assignment.
/// </summary>
public sealed class OutOfPlayJudgingTests(JudgingStack judging) : IClassFixture<JudgingStack>
{
    private ContestStack Stack => judging.Stack;

    private Task<RankingView> RankingAsync(HttpClient organizer) =>
        organizer.RankingAsync(judging.RoundId);

    /// <summary>Enters an entry and assigns it; answers the entrant, its code and one of its judges.</summary>
    private async Task<(EntrantClient Entrant, string Code, string Judge)> AssignedEntryAsync(HttpClient organizer, string unitId, string title)
    {
        var entrant = await EntrantClient.EnterAsync(Stack, unitId, title, WordFiles.Essay("Câu chuyện về một người tốt ở xóm Kinh Ngay.", "Người Viết Khác"));
        (await organizer.PostAsync($"/api/organizer/rounds/{judging.RoundId}/assignments", null)).EnsureSuccessStatusCode();
        var row = (await RankingAsync(organizer)).Entries.Single(e => e.EntryId == entrant.Id);
        return (entrant, row.Code, row.Judges.First().Judge);
    }

    private static async Task AssertUnreachableAsync(HttpClient judge, string code)
    {
        var list = (await judge.GetFromJsonAsync<List<JudgeAssignmentView>>("/api/judge/assignments"))!;
        Assert.DoesNotContain(list, a => a.Code == code);
        Assert.Equal(HttpStatusCode.NotFound, (await judge.GetAsync($"/api/judge/entries/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await judge.GetAsync($"/api/judge/entries/{code}/file")).StatusCode);
        var save = await judge.PutAsJsonAsync($"/api/judge/entries/{code}/score",
            new { criteria = new Dictionary<string, decimal?>(), comment = "Chấm sau khi bài đã rút", submit = false });
        Assert.Equal(HttpStatusCode.NotFound, save.StatusCode);
    }

    [Fact]
    public async Task A_withdrawn_entry_leaves_its_judges_the_ranking_and_storage_at_once()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var (entrant, code, judgeEmail) = await AssignedEntryAsync(organizer, "so-tu-phap", "Bài sẽ được rút khỏi vòng chấm");
        using var judge = await judging.SignInAsync(judgeEmail);
        Assert.Equal(HttpStatusCode.OK, (await judge.GetAsync($"/api/judge/entries/{code}")).StatusCode);
        var copy = (await Stack.Services.GetRequiredService<IRoundStore>().FindEntryAsync(judging.RoundId, entrant.Id, CancellationToken.None))!.CopyBlobName!;
        var files = Stack.Services.GetRequiredService<IEntryFiles>();
        Assert.NotNull(await files.GetSizeAsync(copy, CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, (await entrant.WithdrawAsync()).StatusCode);

        await AssertUnreachableAsync(judge, code);
        Assert.DoesNotContain((await RankingAsync(organizer)).Entries, e => e.EntryId == entrant.Id);
        Assert.Null(await files.GetSizeAsync(copy, CancellationToken.None));
    }

    [Fact]
    public async Task An_entry_marked_a_copy_leaves_judging_and_is_assigned_again_when_the_mark_is_taken_back()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var original = await EntrantClient.EnterAsync(Stack, "so-tu-phap", "Bản gốc của bài trùng");
        var (copy, code, judgeEmail) = await AssignedEntryAsync(organizer, "so-tu-phap", "Bản trùng sẽ rời vòng chấm");
        using var judge = await judging.SignInAsync(judgeEmail);

        var marked = await organizer.PostAsJsonAsync($"/api/organizer/entries/{copy.Id}/duplicate", new { copyOf = original.Id, reason = "Cùng một tệp bài viết" });
        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        await AssertUnreachableAsync(judge, code);
        Assert.DoesNotContain((await RankingAsync(organizer)).Entries, e => e.EntryId == copy.Id);

        Assert.Equal(HttpStatusCode.OK, (await organizer.DeleteAsync($"/api/organizer/entries/{copy.Id}/duplicate")).StatusCode);
        (await organizer.PostAsync($"/api/organizer/rounds/{judging.RoundId}/assignments", null)).EnsureSuccessStatusCode();

        var back = (await RankingAsync(organizer)).Entries.Single(e => e.EntryId == copy.Id);
        Assert.Equal(2, back.Judges.Count(j => j.Status == "assigned"));
    }

    [Fact]
    public async Task An_entry_excluded_as_ineligible_leaves_judging_at_once()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var (entrant, code, judgeEmail) = await AssignedEntryAsync(organizer, "so-tu-phap", "Bài bị loại vì tác giả là thành viên Ban Giám khảo");
        var store = Stack.Services.GetRequiredService<IEntryStore>();
        var stored = (await store.FindAsync(entrant.Id, CancellationToken.None))!;
        stored.Entry.Flag(["Tác giả trùng tên thành viên Ban Giám khảo"]);
        Assert.True(await store.SaveAsync(stored.Entry, stored.Version, CancellationToken.None));
        using var judge = await judging.SignInAsync(judgeEmail);

        var excluded = await organizer.PostAsJsonAsync($"/api/organizer/entries/{entrant.Id}/eligibility", new { decision = "exclude", reason = "Tác giả là thành viên Ban Giám khảo" });

        Assert.Equal(HttpStatusCode.OK, excluded.StatusCode);
        await AssertUnreachableAsync(judge, code);
        Assert.DoesNotContain((await RankingAsync(organizer)).Entries, e => e.EntryId == entrant.Id);
    }
}
