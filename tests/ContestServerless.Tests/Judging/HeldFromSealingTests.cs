using ContestServerless.Functions.Entries;
using ContestServerless.Functions.Judging;

namespace ContestServerless.Tests.Judging;

/// <summary>
/// Nothing leaves judging silently: an entry with an undecided eligibility flag or possible duplicate is not sealed; the
/// assignment counts each group and links to the entries list filtered on it; once organizers decide, the next
/// assignment seals what stays in play.
/// </summary>
public sealed class HeldFromSealingTests(JudgingStack judging) : IClassFixture<JudgingStack>
{
    private ContestStack Stack => judging.Stack;

    private async Task<string> EnterAsync(string unitId, string title, string author, byte[] file, string subject = "Lâm Văn Tư")
    {
        var form = Entrant.Form(fileName: "bai-du-thi.docx", unitId: unitId, email: null);
        form["title"] = title;
        form["author"]!["fullName"] = author;
        form["subject"]!["name"] = subject;
        return await new Entrant(Stack.Http).EnterAsync(form, file);
    }

    private async Task<AssignmentResultView> AssignAsync(HttpClient organizer)
    {
        var response = await organizer.PostAsync($"/api/organizer/rounds/{judging.RoundId}/assignments", null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.ReadAs<AssignmentResultView>();
    }

    private async Task<HashSet<string>> InRoundAsync(HttpClient organizer) =>
        [.. (await organizer.RankingAsync(judging.RoundId)).Entries.Select(e => e.EntryId)];

    private static async Task<List<string>> ListedAsync(HttpClient organizer, string flag) =>
        [.. (await (await organizer.GetAsync($"/api/organizer/entries?flag={flag}&pageSize=200")).ReadAs<EntryPageView>()).Entries.Select(e => e.Id)];

    [Fact]
    public async Task Flagged_entries_are_held_counted_listed_and_sealed_once_decided()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var essay = WordFiles.Essay("Cô giáo dạy chữ cho người lớn mỗi đêm ở ấp Cảng.", "Sơn Thị Bô Pha");
        var first = await EnterAsync("so-noi-vu", "Cô giáo dạy chữ ban đêm", "Sơn Thị Bô Pha", essay);
        var second = await EnterAsync("so-noi-vu", "Cô giáo dạy chữ ban đêm", "Sơn Thị Bô Pha", essay);
        var elsewhere = await EnterAsync("so-giao-duc", "Cô giáo dạy chữ ban đêm", "Sơn Thị Bô Pha",
            WordFiles.Essay("Một bài khác cùng tên, cùng tác giả.", "Sơn Thị Bô Pha"));
        var subjectWrote = await EnterAsync("so-giao-duc", "Tôi và lớp học tình thương", "Lâm Văn Tư",
            WordFiles.Essay("Tác giả viết về chính mình.", "Lâm Văn Tư"));

        var held = await AssignAsync(organizer);

        var eligibility = Assert.Single(held.Held, g => g.Flag == "eligibility");
        Assert.Equal([subjectWrote], eligibility.EntryIds);
        Assert.Equal("1 bài chờ xem điều kiện dự thi", eligibility.Text);
        Assert.Equal("/admin/entries.html?flag=eligibility", eligibility.ListUrl);
        var duplicates = Assert.Single(held.Held, g => g.Flag == "duplicate");
        Assert.Equal(new[] { first, second, elsewhere }.Order(), duplicates.EntryIds.Order());
        Assert.Equal(3, duplicates.Count);
        Assert.All(held.Loads, load => Assert.NotEqual(load.Email, load.Name));
        Assert.Empty(new[] { first, second, elsewhere, subjectWrote }.Intersect(await InRoundAsync(organizer)));

        await Stack.CatalogueCaughtUpAsync();
        Assert.Equal([subjectWrote], await ListedAsync(organizer, "eligibility"));
        Assert.Equal(new[] { first, second, elsewhere }.Order(), (await ListedAsync(organizer, "duplicate")).Order());
        var bad = await organizer.GetAsync("/api/organizer/entries?flag=maybe");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.ReadProblem()).Errors!.ContainsKey("flag"));

        // The same file is one work: it cannot be declared distinct, only one marked a copy. The other title is two works.
        var sameFile = await organizer.PostAsJsonAsync($"/api/organizer/entries/{second}/distinct", new { distinctFrom = first, reason = "Khác nhau" });
        Assert.Equal(HttpStatusCode.BadRequest, sameFile.StatusCode);
        Assert.Contains("cùng một tệp", (await sameFile.ReadProblem()).Errors!["distinctFrom"][0]);
        (await organizer.PostAsJsonAsync($"/api/organizer/entries/{second}/duplicate", new { copyOf = first, reason = "Gửi hai lần" })).EnsureSuccessStatusCode();
        (await organizer.PostAsJsonAsync($"/api/organizer/entries/{elsewhere}/distinct",
            new { distinctFrom = first, reason = "Hai bài khác nội dung, cùng tác giả viết về hai lớp học" })).EnsureSuccessStatusCode();
        (await organizer.PostAsJsonAsync($"/api/organizer/entries/{subjectWrote}/eligibility",
            new { decision = "keep", reason = "Trùng tên người được viết về, không phải một người" })).EnsureSuccessStatusCode();

        var decided = await AssignAsync(organizer);

        Assert.Empty(decided.Held);
        Assert.Equal(3, decided.Sealed);
        var inRound = await InRoundAsync(organizer);
        Assert.Contains(first, inRound);
        Assert.Contains(elsewhere, inRound);
        Assert.Contains(subjectWrote, inRound);
        Assert.DoesNotContain(second, inRound);
        await Stack.CatalogueCaughtUpAsync();
        Assert.Empty(await ListedAsync(organizer, "duplicate"));
        Assert.Empty(await ListedAsync(organizer, "eligibility"));
    }
}
