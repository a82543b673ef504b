using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Judging;
using ContestServerless.Tests.Browser;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Judging;

/// <summary>
/// A contest with two judges (one with a very long e-mail address) and a round already scored, so its rubric is
/// frozen; each test makes a round of its own in a later week, whose rubric can still change.
/// </summary>
public sealed class RubricEditorStack() : SeededStack(new ContestStack())
{
    public const string Judge = "gk.thang-diem@soctrang.example.org";

    // Long enough to push a 360 px page sideways unless the address wraps.
    public const string LongJudge = "giamkhao.thangdiem.bantochuccuocthivietguongnguoitotviectot@sonoivu-tinhsoctrang.example.org";

    public string FrozenRoundId { get; private set; } = "";

    protected override async Task SeedAsync(HttpClient organizer)
    {
        await TestJudging.AddJudgesAsync(organizer, (Judge, "Trịnh Thị Thảo", null), (LongJudge, "Lý Văn Quang", null));

        var form = Entrant.Form(fileName: "bai-du-thi.docx", unitId: "so-noi-vu", email: "thangdiem@example.org");
        form["title"] = "Người lái đò trên sông Hậu";
        await new Entrant(Stack.Http).EnterAsync(form, WordFiles.Essay("Câu chuyện về người lái đò.", "Tác Giả Thang Điểm"));

        // The open round: its judge saves a draft, which freezes the rubric.
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7));
        FrozenRoundId = await CreateRoundAsync(organizer, "Sơ khảo đã chấm", [Judge], now.AddMinutes(-1), now.AddDays(1));
        await TestJudging.AssignAsync(organizer, FrozenRoundId);
        using var judge = await Stack.SignInAsync(Judge, StaffRoles.Judge);
        var assignment = (await judge.GetFromJsonAsync<List<JudgeAssignmentView>>("/api/judge/assignments"))!.Single();
        var entry = (await judge.GetFromJsonAsync<JudgeEntryView>($"/api/judge/entries/{assignment.Code}"))!;
        var saved = await judge.PutAsJsonAsync($"/api/judge/entries/{assignment.Code}/score",
            new { criteria = new Dictionary<string, decimal?> { [entry.Rubric[0].Id] = 1m }, comment = "", submit = false });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
    }

    /// <summary>A round in the week <paramref name="week"/> weeks from now (rounds may not overlap), with a rubric of two criteria.</summary>
    public async Task<string> CreateFutureRoundAsync(string name, int week)
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var opens = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).AddDays(7 * week);
        return await CreateRoundAsync(organizer, name, [Judge, LongJudge], opens, opens.AddDays(3));
    }

    private static Task<string> CreateRoundAsync(HttpClient organizer, string name, string[] judges, DateTimeOffset opens, DateTimeOffset closes) =>
        TestJudging.CreateRoundAsync(organizer, name, judges, 1, opens, closes, rubric:
        [
            new { id = "noi-dung", label = "Nội dung", description = "Giá trị nêu gương", max = 60m, step = 1m },
            new { id = "van-phong", label = "Văn phong", description = "Mạch lạc, trong sáng", max = 40m, step = 0.5m },
        ], assign: false);

    public async Task<RoundView> RoundAsync(string id)
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        return (await organizer.GetFromJsonAsync<List<RoundView>>("/api/organizer/rounds"))!.Single(r => r.Id == id);
    }
}

/// <summary>
/// The secretariat reads and changes a round's rubric on the judging page: saving asks in the app's dialog what the new
/// rubric is and how many judges score by it; cancelling changes nothing; the server's refusal shows under its field;
/// a round already scored shows its rubric without an editor and says why. Sound at phone and desktop width, long
/// e-mail addresses included.
/// </summary>
public sealed class RubricEditorPageTests(RubricEditorStack contest) : ChromiumTests, IClassFixture<RubricEditorStack>
{
    private async Task<IPage> OpenRubricAsync(string roundId)
    {
        var page = await OrganizerSession.OpenAsync(Browser, contest.Stack);
        page.SetDefaultTimeout(Eventually.BoundMilliseconds);
        await page.SetViewportSizeAsync(PageAudit.PhoneWidth, 800);
        await page.GotoAsync("/admin/judging.html");
        var toggle = page.Locator($"tr[data-round='{roundId}'] [data-rubric]");
        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        Assert.Equal("rubric-title", await OrganizerSession.FocusedIdAsync(page));
        return page;
    }

    private static IReadOnlyList<(string Id, string Label, decimal Max, decimal Step)> Lines(RoundView round) =>
        [.. round.Rubric.Select(c => (c.Id, c.Label, c.Max, c.Step))];

    [Fact]
    public async Task A_changed_rubric_is_saved_after_a_dialog_that_gives_its_criteria_total_and_judges()
    {
        var roundId = await contest.CreateFutureRoundAsync("Chung khảo thang điểm", week: 2);
        var page = await OpenRubricAsync(roundId);
        await Assertions.Expect(page.Locator("#rubric-title")).ToHaveTextAsync("Thang điểm của vòng “Chung khảo thang điểm”");
        await Assertions.Expect(page.Locator("#rubric-total")).ToHaveTextAsync("Tổng điểm tối đa: 100 điểm (2 tiêu chí).");
        // The round form lists the judge with the long address: it wraps, the page does not scroll sideways.
        await Assertions.Expect(page.Locator("#round-judge-boxes")).ToContainTextAsync(RubricEditorStack.LongJudge);
        await PageAudit.AssertSoundAtBothWidthsAsync(page);

        // Edit the first criterion, add a third on half points, move it up to second place, by keyboard where a person would.
        await page.GetByLabel("Tên tiêu chí").First.FillAsync("Nội dung, giá trị nêu gương");
        await page.FillAsync("#rubric-0-max", "50");
        await page.ClickAsync("#rubric-add");
        Assert.Equal("rubric-2-label", await OrganizerSession.FocusedIdAsync(page));
        await page.Keyboard.TypeAsync("Sáng tạo");
        await page.FillAsync("#rubric-2-description", "Cách kể mới, giàu cảm xúc");
        await page.FillAsync("#rubric-2-max", "10");
        await page.SelectOptionAsync("#rubric-2-step", "0.5");
        await page.Locator("#rubric-criteria fieldset").Nth(2).GetByRole(AriaRole.Button, new() { Name = "Đưa lên tiêu chí 3" }).ClickAsync();
        await Assertions.Expect(page.Locator("#rubric-1-label")).ToHaveValueAsync("Sáng tạo");
        await Assertions.Expect(page.Locator("#rubric-total")).ToHaveTextAsync("Tổng điểm tối đa: 100 điểm (3 tiêu chí).");
        await PageAudit.AssertSoundAtBothWidthsAsync(page);

        await page.ClickAsync("#rubric-save");
        var dialog = page.Locator("dialog.confirm-dialog[open]");
        await Assertions.Expect(dialog).ToContainTextAsync("Thang điểm mới: 3 tiêu chí, tối đa 100 điểm");
        await Assertions.Expect(dialog).ToContainTextAsync("2 giám khảo của vòng sẽ chấm theo thang điểm này.");
        Assert.Empty(await PageAudit.ViolationsAsync(page));
        await dialog.Locator("[data-confirm]").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#rubric-message")).ToHaveTextAsync("Đã lưu thang điểm của vòng “Chung khảo thang điểm”: 3 tiêu chí, tối đa 100 điểm.");

        var round = await contest.RoundAsync(roundId);
        Assert.False(round.RubricFrozen);
        var added = round.Rubric[1].Id;
        Assert.Equal(
            [("noi-dung", "Nội dung, giá trị nêu gương", 50m, 1m), (added, "Sáng tạo", 10m, 0.5m), ("van-phong", "Văn phong", 40m, 0.5m)],
            Lines(round));
        Assert.Equal("Cách kể mới, giàu cảm xúc", round.Rubric[1].Description);
        Assert.DoesNotContain(added, new[] { "noi-dung", "van-phong" });
    }

    [Fact]
    public async Task Cancelling_the_dialog_leaves_the_rubric_as_it_was()
    {
        var roundId = await contest.CreateFutureRoundAsync("Vòng hủy thang điểm", week: 4);
        var before = Lines(await contest.RoundAsync(roundId));
        var page = await OpenRubricAsync(roundId);

        await page.FillAsync("#rubric-0-max", "30");
        await page.Locator("#rubric-criteria fieldset").Nth(1).GetByRole(AriaRole.Button, new() { Name = "Xóa tiêu chí 2" }).ClickAsync();
        await page.ClickAsync("#rubric-save");
        var dialog = page.Locator("dialog.confirm-dialog[open]");
        await Assertions.Expect(dialog).ToContainTextAsync("Thang điểm mới: 1 tiêu chí, tối đa 30 điểm");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Hủy" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        Assert.Equal("rubric-save", await OrganizerSession.FocusedIdAsync(page));

        await Assertions.Expect(page.Locator("#rubric-message")).ToBeEmptyAsync();
        Assert.Equal(before, Lines(await contest.RoundAsync(roundId)));
    }

    [Fact]
    public async Task A_refused_maximum_is_shown_under_its_field_with_the_focus_there_and_nothing_is_saved()
    {
        var roundId = await contest.CreateFutureRoundAsync("Vòng điểm sai", week: 6);
        var before = Lines(await contest.RoundAsync(roundId));
        var page = await OpenRubricAsync(roundId);

        // Not a number: the page says so itself, and asks nothing.
        await page.FillAsync("#rubric-1-max", "bốn mươi");
        await page.ClickAsync("#rubric-save");
        await Assertions.Expect(page.Locator("#rubric-1-max-error")).ToHaveTextAsync("Điểm tối đa phải là một số, ví dụ 20 hoặc 7,5.");
        await Assertions.Expect(page.Locator("dialog.confirm-dialog")).ToHaveCountAsync(0);
        Assert.Equal("rubric-1-max", await OrganizerSession.FocusedIdAsync(page));

        // Zero points, and 7,5 on whole points: the server refuses them (rubric[i].max), each under its own field.
        await page.FillAsync("#rubric-1-max", "0");
        await page.FillAsync("#rubric-0-max", "7,5");
        await page.ClickAsync("#rubric-save");
        var dialog = page.Locator("dialog.confirm-dialog[open]");
        await dialog.Locator("[data-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator("#rubric-0-max-error")).ToHaveTextAsync("Điểm tối đa phải lớn hơn 0 và chia hết cho bước điểm.");
        await Assertions.Expect(page.Locator("#rubric-1-max-error")).ToHaveTextAsync("Điểm tối đa phải lớn hơn 0 và chia hết cho bước điểm.");
        await Assertions.Expect(page.Locator("#rubric-1-max")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal("rubric-0-max", await OrganizerSession.FocusedIdAsync(page));
        await Assertions.Expect(page.Locator("#rubric-summary")).ToContainTextAsync("Điểm tối đa phải lớn hơn 0");
        await PageAudit.AssertSoundAtBothWidthsAsync(page);

        Assert.Equal(before, Lines(await contest.RoundAsync(roundId)));
    }

    [Fact]
    public async Task A_round_with_a_saved_score_shows_its_rubric_and_why_it_cannot_change_without_an_editor()
    {
        var page = await OpenRubricAsync(contest.FrozenRoundId);

        await Assertions.Expect(page.Locator("#rubric-state")).ToContainTextAsync("Vòng chấm đã có phiếu chấm được lưu");
        await Assertions.Expect(page.Locator("#rubric-form")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#rubric-table tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#rubric-table tr[data-criterion='van-phong']")).ToContainTextAsync("0,5 điểm");
        await Assertions.Expect(page.Locator("#rubric-table tfoot")).ToContainTextAsync("100 điểm");
        Assert.Equal(0, await page.Locator("#rubric-panel input, #rubric-panel textarea").CountAsync());
        await PageAudit.AssertSoundAtBothWidthsAsync(page);
    }
}
