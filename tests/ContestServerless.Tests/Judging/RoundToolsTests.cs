using ContestServerless.Functions.Judging;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Mvc;

namespace ContestServerless.Tests.Judging;

/// <summary>The organizers' tools on an open round: conflicts by hand, moving an assignment, the rubric, reminders, the score sheet.</summary>
public sealed class RoundToolsTests(JudgingStack judging) : IClassFixture<JudgingStack>
{
    private Task<RankingView> RankingAsync(HttpClient organizer) =>
        organizer.RankingAsync(judging.RoundId);

    [Fact]
    public async Task A_conflict_declared_by_hand_takes_the_entry_from_that_judge_at_once()
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        // Outside the district, an entry with the district judge and Judge A: once A is declared in conflict, only B is left.
        var entry = (await RankingAsync(organizer)).Entries.First(e => !JudgingStack.DistrictUnits.Contains(e.UnitId)
            && e.Judges.Any(j => j.Judge == JudgingStack.JudgeA && j.Status == "assigned"));

        var response = await organizer.PostAsJsonAsync($"/api/organizer/rounds/{judging.RoundId}/conflicts",
            new { entryId = entry.EntryId, judge = JudgingStack.JudgeA, reason = "Giám khảo là người thân của nhân vật" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = (await RankingAsync(organizer)).Entries.Single(e => e.EntryId == entry.EntryId);
        Assert.DoesNotContain(after.Judges, j => j.Judge == JudgingStack.JudgeA);
        Assert.Contains(after.Judges, j => j.Judge == JudgingStack.JudgeB);
        Assert.Equal(2, after.Judges.Count);
        var audit = await organizer.GetStringAsync("/api/organizer/audit");
        Assert.Contains("conflict-declared", audit);
    }

    [Fact]
    public async Task An_assignment_moves_by_hand_only_to_a_judge_free_of_conflict()
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        var district = (await RankingAsync(organizer)).Entries.First(e => JudgingStack.DistrictUnits.Contains(e.UnitId) && e.Judges.All(j => j.Status == "assigned"));
        var from = district.Judges[0].Judge;

        var refused = await organizer.PostAsJsonAsync($"/api/organizer/rounds/{judging.RoundId}/moves",
            new { entryId = district.EntryId, from, to = JudgingStack.DistrictJudge });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("xung đột", (await refused.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors["to"][0]);
    }

    [Fact]
    public async Task The_rubric_changes_until_the_first_score_is_saved_and_is_frozen_after()
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        var criteria = new[]
        {
            new { id = "noi-dung", label = "Nội dung", description = "Giá trị nêu gương", max = 60m, step = 0.5m },
            new { id = "hinh-thuc", label = "Hình thức", description = "Trình bày", max = 40m, step = 1m },
        };

        var changed = await organizer.PutAsJsonAsync($"/api/organizer/rounds/{judging.RoundId}/rubric", new { criteria });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(100m, (await changed.Content.ReadFromJsonAsync<RoundView>())!.Rubric.Sum(c => c.Max));
        using var judge = await judging.SignInAsync(JudgingStack.JudgeB);
        var code = (await judge.GetFromJsonAsync<List<JudgeAssignmentView>>("/api/judge/assignments"))!.First().Code;
        (await judge.PutAsJsonAsync($"/api/judge/entries/{code}/score", new { criteria = new Dictionary<string, decimal?> { ["noi-dung"] = 50m }, comment = "", submit = false })).EnsureSuccessStatusCode();

        var frozen = await organizer.PutAsJsonAsync($"/api/organizer/rounds/{judging.RoundId}/rubric", new { criteria });

        Assert.Equal(HttpStatusCode.Conflict, frozen.StatusCode);
        Assert.Equal("Thang điểm đã khóa", (await frozen.Content.ReadFromJsonAsync<ProblemDetails>())!.Title);
    }

    [Fact]
    public async Task Judges_behind_are_reminded_by_email_at_most_once_a_day()
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        var before = judging.Stack.Outbox.Messages.Count;

        // Two organizers click at once: the outbox's claim lets each judge's e-mail go once between them.
        async Task<RemindedJudgesView> RemindAsync() =>
            (await (await organizer.PostAsync($"/api/organizer/rounds/{judging.RoundId}/reminders", null)).Content.ReadFromJsonAsync<RemindedJudgesView>())!;
        var both = await Task.WhenAll(RemindAsync(), RemindAsync());
        var first = new RemindedJudgesView([.. both.SelectMany(b => b.Reminded)]);
        var again = await RemindAsync();

        Assert.Equal(3, first.Reminded.Count);
        Assert.Equal(3, first.Reminded.Distinct().Count());
        Assert.Empty(again.Reminded);
        // Newest first. The stack's receipts are sent by a queue trigger and may land meanwhile: only reminders count.
        var outbox = judging.Stack.Outbox.Messages;
        var sent = outbox.Take(outbox.Count - before).Where(m => m.Subject.StartsWith("Nhắc chấm bài", StringComparison.Ordinal)).ToList();
        Assert.Equal(first.Reminded.Order(StringComparer.Ordinal), sent.SelectMany(m => m.To).Order(StringComparer.Ordinal));
        Assert.All(sent, m => Assert.StartsWith("Nhắc chấm bài – Sơ khảo: còn ", m.Subject));
        Assert.All(sent, m => Assert.Contains("/judge/", m.PlainText));
    }

    [Fact]
    public async Task The_score_sheet_sets_each_code_beside_its_entry_and_author_for_organizers()
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();

        var response = await organizer.GetAsync($"/api/organizer/rounds/{judging.RoundId}/scores");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var workbook = SpreadsheetDocument.Open(await response.Content.ReadAsStreamAsync(), false);
        var text = string.Join("|", workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text)
            .Concat(workbook.WorkbookPart.SharedStringTablePart?.SharedStringTable.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text) ?? []));
        Assert.Contains("Số phách", text);
        Assert.Contains("Điểm trung bình", text);
        foreach (var author in judging.AuthorOf.Values) Assert.Contains(author, text);
        foreach (var row in (await RankingAsync(organizer)).Entries) Assert.Contains(row.Code, text);
    }
}
