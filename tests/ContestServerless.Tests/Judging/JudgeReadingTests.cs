using System.Text.Json.Nodes;
using ContestServerless.Functions.Judging;
using ContestServerless.Tests.Reading;
using DocumentFormat.OpenXml.Wordprocessing;
using static ContestServerless.Tests.Reading.EssayFiles;

namespace ContestServerless.Tests.Judging;

/// <summary>A judge reads the de-identified copy on the scoring page, under the same rules as its download.</summary>
public sealed class JudgeReadingTests(JudgingStack judging) : IClassFixture<JudgingStack>
{
    private static string Reading(string code) => $"/api/judge/entries/{code}/reading";

    [Fact]
    public async Task A_judge_reads_an_assigned_entry_as_a_page_without_its_author()
    {
        using var judge = await judging.SignInAsync(JudgingStack.JudgeA);
        var item = (await judge.GetFromJsonAsync<List<JudgeAssignmentView>>("/api/judge/assignments"))!.First();

        var response = await judge.GetAsync(Reading(item.Code));
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await response.ReadAs<JudgeReadingView>();
        Assert.Equal(item.Code, view.Code);
        Assert.Equal("formatted", view.Kind);
        Assert.Matches(@"^<p>Câu chuyện về một người tốt số \d\.</p><p>Đoạn bổ sung\.</p>$", view.Html);
        var fields = JsonNode.Parse(raw)!.AsObject().Select(p => p.Key).Order();
        Assert.Equal(["code", "html", "kind", "notice"], fields);
        foreach (var author in judging.AuthorOf.Values) Assert.DoesNotContain(author, raw, StringComparison.OrdinalIgnoreCase);
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        var audit = await organizer.GetStringAsync("/api/organizer/audit");
        Assert.Contains("judge-essay-read", audit);
        Assert.Contains($"{judging.RoundId}/{item.Code}", audit);
    }

    [Fact]
    public async Task A_code_not_assigned_to_the_judge_answers_not_found()
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        var ranking = await organizer.RankingAsync(judging.RoundId);
        var notMine = ranking.Entries.First(e => e.Judges.All(j => j.Judge != JudgingStack.DistrictJudge)).Code;
        using var judge = await judging.SignInAsync(JudgingStack.DistrictJudge);

        var answer = await judge.GetAsync(Reading(notMine));

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal("Không tìm thấy bài", (await answer.ReadProblem()).Title);
        Assert.Equal(HttpStatusCode.NotFound, (await judge.GetAsync(Reading("ZZZ-ZZZ"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await judge.GetAsync(Reading("khong-phai-so-phach"))).StatusCode);
    }

    [Fact]
    public async Task A_page_that_names_its_author_is_withheld_and_the_entry_goes_back_to_the_secretariat()
    {
        const string author = "Võ Thành Nhân";
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        // The cleaner scans the text Word shows; a picture's description is shown to screen readers on the page.
        var file = EssayFiles.Docx((main, body) => body.Append(
            Para("Người thầy thuốc ở trạm y tế xã Đại Hải đã cứu sống nhiều bệnh nhân trong đêm mưa bão."),
            Para(new Run(Picture(AddImage(main, Png), $"Ảnh của tác giả {author} bên trạm y tế")))));
        var form = Entrant.Form(fileName: "bai-du-thi.docx", unitId: "so-y-te", email: null);
        form["title"] = "Thầy thuốc trong đêm mưa bão";
        form["author"]!["fullName"] = author;
        var entryId = await new Entrant(judging.Stack.Http).EnterAsync(form, file);
        await TestJudging.AssignAsync(organizer, judging.RoundId);
        var row = (await organizer.RankingAsync(judging.RoundId)).Entries.Single(e => e.EntryId == entryId);
        Assert.Equal("clean", row.CopyState);
        using var judge = await judging.SignInAsync(row.Judges[0].Judge);

        var view = await (await judge.GetAsync(Reading(row.Code))).ReadAs<JudgeReadingView>();

        Assert.Equal("withheld", view.Kind);
        Assert.Equal("", view.Html);
        Assert.Contains("Ban Thư ký cần xem lại", view.Notice);
        var after = (await organizer.RankingAsync(judging.RoundId)).Entries.Single(e => e.EntryId == entryId);
        Assert.Equal("flagged", after.CopyState);
        Assert.Contains(after.Hits, h => h.Contains(author, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await judge.GetAsync($"/api/judge/entries/{row.Code}/file")).StatusCode);
    }
}
