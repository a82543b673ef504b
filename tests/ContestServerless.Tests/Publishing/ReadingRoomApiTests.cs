using System.Text.Json;
using ContestServerless.Functions.Privacy;
using ContestServerless.Functions.Publishing;
using ContestServerless.Tests.Privacy;
using ContestServerless.Tests.Results;

namespace ContestServerless.Tests.Publishing;

/// <summary>
/// The reading room over HTTP on a contest judged to the end (<see cref="ResultsStack"/>): nothing before publication;
/// after it exactly the winners whose authors all consented, named as they chose, with no contact detail; a consent
/// withdrawn or an entry erased leaves at the next request.
/// </summary>
/// <remarks>
/// <c>A_published_work_is_read_on_the_page…</c> reads the essay through the app's <c>EssayReader</c>; what the reader
/// makes of each kind of content is <c>EssayReaderTests</c>'.
/// </remarks>
public sealed class ReadingRoomApiTests(ResultsStack results) : IClassFixture<ResultsStack>
{
    private HttpClient Public => results.Stack.Http;

    private EntrantClient Entrant(string id) => new(Public, id, results.ReceiptOf[id]);

    private static object Agree(string naming = "fullName", string? penName = null) => new { answer = "agree", naming, penName };

    private static object Answers(params object[] members) => new { members };

    private Task<HttpResponseMessage> AnswerAsync(string id, object body) => Entrant(id).SendPutAsync("/publication", body);

    [Fact]
    public async Task Only_consenting_winners_are_published_after_the_results_named_as_they_chose_until_one_withdraws()
    {
        using var organizer = await results.OrganizerAsync();
        var f = results.Finalists;
        await results.VoteTheTieAsync(organizer);
        results.CloseSubmissions();
        (await organizer.PostAsJsonAsync("/api/organizer/results/approve", new { })).EnsureSuccessStatusCode();

        // Answers before publication: f0 (Giải Nhất) by full name, f1 (Giải Nhì) by pen name, f2 refuses, f3 never answers.
        (await AnswerAsync(f[0], Answers(Agree()))).EnsureSuccessStatusCode();
        var penNamed = await AnswerAsync(f[1], Answers(Agree("penName", "Hoa Sen")));
        Assert.Equal(HttpStatusCode.OK, penNamed.StatusCode);
        var record = await penNamed.ReadAs<EntrantRecordView>();
        Assert.Equal(("agreed", "penName", "Hoa Sen"), (record.Publication.State, record.Publication.Members[0].Naming, record.Publication.Members[0].PenName));
        (await AnswerAsync(f[2], Answers(new { answer = "refuse" }))).EnsureSuccessStatusCode();

        var before = await Public.GetAsync("/api/results/works");
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal("Chưa công bố kết quả", (await before.ReadProblem()).Title);
        Assert.Equal(HttpStatusCode.NotFound, (await Public.GetAsync($"/api/results/works/{f[0]}")).StatusCode);

        (await organizer.PostAsJsonAsync("/api/organizer/results/publish", new { at = "" })).EnsureSuccessStatusCode();

        var listed = await Public.GetAsync("/api/results/works");
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var raw = await listed.Content.ReadAsStringAsync();
        var works = JsonSerializer.Deserialize<List<PublishedWorkView>>(raw, JsonSerializerOptions.Web)!;
        Assert.Equal([f[0], f[1]], works.Select(w => w.Id));
        Assert.Equal([results.AuthorOf[f[0]], "Hoa Sen"], works.Select(w => w.Author));
        Assert.Equal(["Giải Nhất", "Giải Nhì"], works.Select(w => w.Prize));
        Assert.Equal("<script>alert(1)</script> Người giữ rừng", works[0].Title);
        Assert.All(works, w => Assert.False(string.IsNullOrEmpty(w.Unit)));
        using (var json = JsonDocument.Parse(raw))
        {
            var names = json.RootElement.EnumerateArray().SelectMany(w => w.EnumerateObject().Select(p => p.Name)).ToHashSet();
            Assert.Superset(new HashSet<string> { "id", "title", "author", "unit", "prize" }, names);
            Assert.DoesNotContain(names, n => n.Contains("mail", StringComparison.OrdinalIgnoreCase) || n.Contains("phone", StringComparison.OrdinalIgnoreCase) || n.Contains("address", StringComparison.OrdinalIgnoreCase));
        }
        Assert.DoesNotContain("@example.org", raw);
        Assert.DoesNotContain(results.AuthorOf[f[1]], raw);
        Assert.Equal("no-store", listed.Headers.CacheControl?.ToString());

        Assert.Equal(HttpStatusCode.NotFound, (await Public.GetAsync($"/api/results/works/{f[2]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Public.GetAsync($"/api/results/works/{f[3]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Public.GetAsync("/api/results/works/KHONGCO")).StatusCode);

        // One work read on the page: the essay as HTML in which nothing the author typed is markup, and its neighbours.
        var page = await Public.GetAsync($"/api/results/works/{f[0]}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var pageRaw = await page.Content.ReadAsStringAsync();
        var work = JsonSerializer.Deserialize<PublishedWorkPageView>(pageRaw, JsonSerializerOptions.Web)!;
        Assert.Equal((f[0], "Giải Nhất", results.AuthorOf[f[0]]), (work.Id, work.Prize, work.Author));
        Assert.False(string.IsNullOrWhiteSpace(work.Html));
        Assert.DoesNotContain("<script", work.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", work.Html);
        Assert.Null(work.Previous);
        Assert.Equal(f[1], work.Next?.Id);
        Assert.DoesNotContain("@example.org", pageRaw);
        var second = await Public.GetFromJsonAsync<PublishedWorkPageView>($"/api/results/works/{f[1]}");
        Assert.Equal((f[0], null), (second!.Previous?.Id, second.Next?.Id));

        // f1 withdraws on the entrant page: gone from the list and from its own address at once.
        var withdrawn = await AnswerAsync(f[1], Answers(new { answer = "refuse" }));
        Assert.Equal("withdrawn", (await withdrawn.ReadAs<EntrantRecordView>()).Publication.State);
        var after = await Public.GetFromJsonAsync<List<PublishedWorkView>>("/api/results/works");
        Assert.Equal([f[0]], after!.Select(w => w.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await Public.GetAsync($"/api/results/works/{f[1]}")).StatusCode);
        using var organizerView = await organizer.GetAsync($"/api/organizer/entries/{f[1]}");
        Assert.Equal("Đã rút lại", (await organizerView.ReadAs<Functions.Entries.EntryDetailsView>()).Publication.Label);

        // f0's author has the entry erased under the privacy rules: it is never published again.
        var filed = await (await Entrant(f[0]).PostAsync("/privacy-requests", new { kind = "erasure", details = "Tôi muốn xóa dữ liệu." })).ReadAs<PrivacyRequestView>();
        (await organizer.PostAsJsonAsync($"/api/organizer/privacy/requests/{filed.Id}/decision", new { decision = "granted", reason = "Theo yêu cầu của tác giả." }))
            .EnsureSuccessStatusCode();
        Assert.Empty((await Public.GetFromJsonAsync<List<PublishedWorkView>>("/api/results/works"))!);
        Assert.Equal(HttpStatusCode.NotFound, (await Public.GetAsync($"/api/results/works/{f[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await AnswerAsync(f[0], Answers(Agree()))).StatusCode);
    }

    [Fact]
    public async Task A_pen_name_with_control_characters_is_refused_with_a_Vietnamese_field_error_and_nothing_changes()
    {
        var f = results.Finalists;

        var refused = await AnswerAsync(f[4], Answers(Agree("penName", "Hoa\u202ESen")));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Mục bút danh chứa ký tự không hợp lệ."], (await refused.ReadProblem()).Errors["members[0].penName"]);
        var record = await (await Entrant(f[4]).GetAsync()).ReadAs<EntrantRecordView>();
        Assert.Equal("unanswered", record.Publication.State);
        var wrongCode = await new EntrantClient(Public, f[4], "SAI-MA-00").SendPutAsync("/publication", Answers(Agree()));
        Assert.Equal(HttpStatusCode.NotFound, wrongCode.StatusCode);
    }
}
