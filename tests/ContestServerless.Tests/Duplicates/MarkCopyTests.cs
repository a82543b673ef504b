using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Judging;
using ContestServerless.Functions.Duplicates;
using ContestServerless.Functions.Entries;

namespace ContestServerless.Tests.Duplicates;

/// <summary>Organizers see possible duplicates and mark one as the copy: it leaves its unit's tally and judging.</summary>
[Collection(StackCollection.Name)]
public sealed class MarkCopyTests(ContestStack stack) : SignedInOrganizerTests(stack)
{
    private IEntryStore Store => Stack.Services.GetRequiredService<IEntryStore>();

    private async Task<Dictionary<string, Entry>> JudgedAsync() =>
        await Stack.Services.GetRequiredService<JudgePlacement>().EntriesTakenAsync(
            new Round("thu-trung", "Thử", [], 1, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1), null!, null, default, 0), CancellationToken.None);

    [Fact]
    public async Task Taking_back_the_copy_mark_of_an_entry_withdrawn_since_does_not_count_it_again()
    {
        await TestUnits.AddAsync(Organizer, "trung-rut-ban");
        var original = await Entrant.EnterAsync("trung-rut-ban", "Người lái đò trên sông Hậu", TestFiles.Pdf(padding: 3333));
        var copy = await Privacy.EntrantClient.EnterAsync(Stack, "trung-rut-ban", "Người lái đò trên sông Hậu (bản gửi lại)");
        (await Organizer.PostAsJsonAsync($"/api/organizer/entries/{copy.Id}/duplicate", new { copyOf = original, reason = "Gửi hai lần" })).EnsureSuccessStatusCode();
        (await copy.WithdrawAsync()).EnsureSuccessStatusCode();

        for (var i = 0; i < 2; i++) await Organizer.DeleteAsync($"/api/organizer/entries/{copy.Id}/duplicate");

        var tally = await Store.GetTallyAsync("trung-rut-ban", CancellationToken.None);
        Assert.Equal((1, 1), (tally.ReceivedEntries, tally.ByMovement.Values.Sum()));
    }

    [Fact]
    public async Task The_same_work_under_two_units_is_flagged_held_from_judging_and_the_copy_marked_leaves_the_tally_until_undone()
    {
        await TestUnits.AddAsync(Organizer, "trung-lap-goc");
        await TestUnits.AddAsync(Organizer, "trung-lap-ban");
        var original = await Entrant.EnterAsync("trung-lap-goc", "Mùa nước nổi ở Cù Lao Dung", TestFiles.Pdf(padding: 1111));
        var copy = await Entrant.EnterAsync("trung-lap-ban", "Mua nuoc noi o Cu Lao  Dung", TestFiles.Pdf(padding: 2222));
        await Stack.CatalogueCaughtUpAsync();

        var listed = (await Organizer.GetFromJsonAsync<EntryPageView>("/api/organizer/entries?unit=trung-lap-ban"))!;
        var flagged = Assert.Single(listed.Entries, e => e.Id == copy);
        var match = Assert.Single(flagged.Duplicates);
        Assert.Equal((original, "trung-lap-goc", "sameTitleAndAuthor"), (match.EntryId, match.UnitId, match.Reason));
        // Undecided, neither is judged (OpenFlags): nothing is sealed twice or dropped without a word.
        var undecided = await JudgedAsync();
        Assert.DoesNotContain(copy, undecided.Keys);
        Assert.DoesNotContain(original, undecided.Keys);
        Assert.Equal(1, (await Store.GetTallyAsync("trung-lap-ban", CancellationToken.None)).ReceivedEntries);

        var marked = await Organizer.PostAsJsonAsync($"/api/organizer/entries/{copy}/duplicate", new { copyOf = original, reason = "Cùng bài, tác giả gửi hai nơi" });

        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        Assert.Equal(original, (await marked.ReadAs<CopyMarkView>()).CopyOf);
        var tally = await Store.GetTallyAsync("trung-lap-ban", CancellationToken.None);
        Assert.Equal(0, tally.ReceivedEntries);
        Assert.Equal(0, tally.ByMovement.GetValueOrDefault("giam-ngheo"));
        Assert.Equal(1, (await Store.GetTallyAsync("trung-lap-goc", CancellationToken.None)).ReceivedEntries);
        var judged = await JudgedAsync();
        Assert.DoesNotContain(copy, judged.Keys);
        Assert.Contains(original, judged.Keys);
        var opened = (await Organizer.GetFromJsonAsync<EntryDetailsView>($"/api/organizer/entries/{copy}"))!;
        Assert.Equal(original, opened.Copy!.CopyOf);
        Assert.Equal(original, Assert.Single(opened.Duplicates).EntryId);

        // Undone: it counts again, and the pair waits for a decision again.
        var undone = await Organizer.DeleteAsync($"/api/organizer/entries/{copy}/duplicate");

        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.Null((await undone.ReadAs<CopyMarkView>()).CopyOf);
        Assert.Equal(1, (await Store.GetTallyAsync("trung-lap-ban", CancellationToken.None)).ReceivedEntries);
        Assert.DoesNotContain(copy, (await JudgedAsync()).Keys);
    }

    [Fact]
    public async Task An_unknown_entry_a_copy_of_itself_or_no_reason_is_refused_in_Vietnamese_and_nothing_changes()
    {
        await TestUnits.AddAsync(Organizer, "trung-lap-sai");
        var id = await Entrant.EnterAsync("trung-lap-sai", "Bài không trùng với ai", TestFiles.Pdf(padding: 3333));
        var other = await Entrant.EnterAsync("trung-lap-sai", "Một bài khác nữa", TestFiles.Pdf(padding: 4444));

        var unknown = await Organizer.PostAsJsonAsync("/api/organizer/entries/KHONGCO123/duplicate", new { copyOf = id, reason = "Trùng" });
        var self = await Organizer.PostAsJsonAsync($"/api/organizer/entries/{id}/duplicate", new { copyOf = id, reason = "Trùng" });
        var noReason = await Organizer.PostAsJsonAsync($"/api/organizer/entries/{id}/duplicate", new { copyOf = other, reason = "  " });
        var unknownOriginal = await Organizer.PostAsJsonAsync($"/api/organizer/entries/{id}/duplicate", new { copyOf = "KHONGCO123", reason = "Trùng" });
        var notACopy = await Organizer.DeleteAsync($"/api/organizer/entries/{id}/duplicate");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Không tìm thấy bài dự thi", (await unknown.ReadProblem()).Title);
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Contains("chính nó", (await self.ReadProblem()).Errors["copyOf"][0]);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(["Vui lòng ghi lý do xác định bài trùng."], (await noReason.ReadProblem()).Errors["reason"]);
        Assert.Equal(HttpStatusCode.BadRequest, unknownOriginal.StatusCode);
        Assert.Contains("mã bài gốc", (await unknownOriginal.ReadProblem()).Errors["copyOf"][0]);
        Assert.Equal(HttpStatusCode.BadRequest, notACopy.StatusCode);
        Assert.All([unknown, self, noReason, unknownOriginal, notACopy], r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType!.MediaType));
        Assert.False((await Store.FindAsync(id, CancellationToken.None))!.Entry.IsCopy);
        Assert.Equal(2, (await Store.GetTallyAsync("trung-lap-sai", CancellationToken.None)).ReceivedEntries);
    }
}
