using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Judging;
using ContestServerless.Tests.Browser;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Judging;

/// <summary>
/// A contest with a judge and three entries (one naming its author in the text) but no round yet, on a clock of its
/// own, so the organizers' judging pages can be seen from the first round to its close.
/// </summary>
public sealed class NoRoundYetStack : FakeClockStack
{
    public const string Judge = "gk.phan-hoi@soctrang.example.org";
    public const string NamedAuthor = "Huỳnh Thị Mỹ Duyên";

    protected override async Task SeedAsync(HttpClient organizer)
    {
        await TestJudging.AddJudgesAsync(organizer, (Judge, "Võ Minh Triết", null));
        var entrant = new Entrant(Stack.Http);
        for (var i = 0; i < 3; i++)
        {
            var author = i == 2 ? NamedAuthor : $"Tác Giả Phản Hồi {i + 1}";
            // The third essay names its author in the text: its copy for judges needs the secretariat's decision.
            var body = i == 2 ? $"Tôi là {NamedAuthor}, giáo viên ở Sóc Trăng." : $"Câu chuyện về người tốt số {i + 1}.";
            await entrant.EnterEssayAsync("so-noi-vu", $"Tấm gương phản hồi {i + 1}", author, body, $"phanhoi{i + 1}@example.org");
        }
    }
}

/// <summary>
/// The organizers' judging pages tell what happened and offer only what can be done: "no rounds yet" before the first,
/// the exclusion of a flagged copy confirmed, reminders to judges only while the round is open, and the shortlist's
/// count once saved.
/// </summary>
public sealed class RoundFeedbackPagesTests(NoRoundYetStack contest) : ChromiumTests, IClassFixture<NoRoundYetStack>
{
    [Fact]
    public async Task The_judging_pages_say_what_happened_from_no_round_to_a_closed_round_and_its_shortlist()
    {
        var page = await OrganizerSession.OpenAsync(Browser, contest.Stack);
        var bound = new PageWaitForSelectorOptions { Timeout = Eventually.BoundMilliseconds };

        // No round yet: the table says so, and where to start.
        await page.GotoAsync("/admin/judging.html");
        await Assertions.Expect(page.Locator("#round-rows")).ToContainTextAsync("Chưa có vòng chấm nào");
        Assert.Empty(await PageAudit.ProblemsAsync(page, checkWidth: false));

        using var organizer = await contest.Stack.SignInAsOrganizerAsync();
        var now = contest.Clock.GetUtcNow();
        var roundId = await TestJudging.CreateRoundAsync(organizer, "Sơ khảo phản hồi", [NoRoundYetStack.Judge], 1, now.AddMinutes(-1), now.AddDays(1));

        // The round open: the flagged copy waits for the secretariat; its card stands without a bullet beside it.
        await page.GotoAsync($"/admin/ranking.html#{roundId}");
        var flagged = page.Locator("[data-flagged]");
        await flagged.WaitForAsync(new() { Timeout = Eventually.BoundMilliseconds });
        Assert.Equal("none", await page.EvalOnSelectorAsync<string>("#flagged-list", "list => getComputedStyle(list).listStyleType"));
        await Assertions.Expect(page.Locator("#ranking-remind")).ToBeVisibleAsync();
        var code = (await flagged.GetAttributeAsync("data-flagged"))!;
        // The redacted copy's file picker is the site's own, in Vietnamese, never the browser's "Choose File".
        await Assertions.Expect(flagged.Locator(".file-picker-button")).ToHaveTextAsync("Chọn tệp…");
        await Assertions.Expect(flagged).Not.ToContainTextAsync("No file chosen");

        // Excluding it says what became of the entry.
        await flagged.Locator("input[type='text']").FillAsync("Bài ghi rõ họ tên tác giả trong nội dung.");
        await flagged.GetByRole(AriaRole.Button, new() { Name = "Loại khỏi vòng chấm" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ranking-message")).ToContainTextAsync($"Đã loại bài số phách {code} khỏi vòng chấm “Sơ khảo phản hồi”");
        await Assertions.Expect(flagged).ToHaveCountAsync(0);

        // The judge scores the two others; the round closes.
        using (var judge = await contest.Stack.SignInAsync(NoRoundYetStack.Judge, StaffRoles.Judge))
        {
            var assignments = (await judge.GetFromJsonAsync<List<JudgeAssignmentView>>("/api/judge/assignments"))!;
            Assert.Equal(2, assignments.Count);
            foreach (var (assignment, i) in assignments.Select((a, i) => (a, i)))
            {
                // Full marks for one, half for the other: no tie, so "the top one" is one entry.
                var entry = (await judge.GetFromJsonAsync<JudgeEntryView>($"/api/judge/entries/{assignment.Code}"))!;
                var saved = await judge.PutAsJsonAsync($"/api/judge/entries/{assignment.Code}/score",
                    new { criteria = entry.Rubric.ToDictionary(c => c.Id, c => (decimal?)(i == 0 ? c.Max : Math.Floor(c.Max / 2))), comment = "Đã chấm.", submit = true });
                Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
            }
        }
        contest.Clock.Advance(TimeSpan.FromDays(2));

        // Closed: reminders are no longer offered (the server refuses them), and the page says why.
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("#ranking-rows tr[data-code]", bound);
        // The ranking lists authors under their codes, and says truthfully who sees them.
        await Assertions.Expect(page.GetByText("Chỉ Ban Tổ chức xem được bảng này: Ban Thư ký giữ phách nên thấy tác giả của từng số phách; giám khảo chỉ thấy số phách.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#ranking-remind")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#ranking-remind-state")).ToContainTextAsync("Vòng chấm đã đóng");
        var remind = await organizer.PostAsync($"/api/organizer/rounds/{roundId}/reminders", null);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, remind.StatusCode);

        // The shortlist's message gives its count.
        await page.FillAsync("#shortlist-top", "1");
        await page.ClickAsync("#shortlist-save");
        await Assertions.Expect(page.Locator("#shortlist-result")).ToContainTextAsync("Đã lưu danh sách vào vòng sau của “Sơ khảo phản hồi”: 1 bài.");
        Assert.Empty(await PageAudit.ProblemsAsync(page, checkWidth: false));

        // Back on the judging page the round is listed, and the empty-state line is gone.
        await page.GotoAsync("/admin/judging.html");
        await page.WaitForSelectorAsync("#round-rows tr[data-round]", bound);
        await Assertions.Expect(page.Locator("#round-rows")).Not.ToContainTextAsync("Chưa có vòng chấm nào");
    }
}
