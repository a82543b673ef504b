using ContestServerless.Domain.Anthology;
using ContestServerless.Domain.Audit;
using ContestServerless.Functions.Anthology;
using ContestServerless.Functions.Audit;
using ContestServerless.Tests.Judging;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ContestServerless.Tests.Anthology;

/// <summary>
/// The anthology through the API, built by the queue-triggered function the local host runs like the Functions host.
/// Its works come from <see cref="TestPublishedWorks"/>; the same path on real consent is <c>ReadingRoomPageTests</c>.
/// </summary>
public sealed class AnthologyTests(AnthologyStack anthology) : IClassFixture<AnthologyStack>, IAsyncLifetime
{
    private const string Route = "/api/organizer/results/anthology";
    private static readonly HttpClient Storage = new();
    private HttpClient Organizer { get; set; } = null!;
    private ContestStack Stack => anthology.Stack;
    private TestPublishedWorks Works => anthology.Works;

    public async Task InitializeAsync()
    {
        Works.WithdrawAll();
        Works.BeforeFind = null;
        Organizer = await Stack.SignInAsOrganizerAsync();
    }

    public Task DisposeAsync()
    {
        Works.BeforeFind = null;
        Organizer.Dispose();
        return Task.CompletedTask;
    }

    private async Task<AnthologyView> WaitUntilFinishedAsync(string id)
    {
        AnthologyView build = null!;
        await Eventually.WaitAsync(async () =>
        {
            build = (await Organizer.GetFromJsonAsync<AnthologyView>($"{Route}/{id}"))!;
            return build.State is "done" or "failed";
        }, $"anthology {id} to finish");
        return build;
    }

    private async Task<byte[]> DownloadAsync(AnthologyView build)
    {
        var redirect = await Organizer.GetAsync(build.FileUrl);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var file = await Storage.GetAsync(redirect.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Contains("Tuyen-tap-", file.Content.Headers.ContentDisposition!.ToString());
        Assert.EndsWith(".docx", file.Content.Headers.ContentDisposition.FileNameStar);
        return await file.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task Asking_for_the_anthology_answers_202_with_an_id_then_its_progress_then_the_docx()
    {
        var first = await Works.PublishAsync(Stack, "Người lái đò sông Hậu", SourceDocuments.Essay("đò"));
        var second = await Works.PublishAsync(Stack, "Bà mẹ Việt Nam anh hùng", JudgingFiles.Pdf("X", "Noi dung bai PDF."), ".pdf", "Giải Nhì");

        var response = await Organizer.PostAsJsonAsync(Route, new { });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.ReadAs<AnthologyAcceptedView>();
        Assert.Matches("^[A-Z0-9]{10}$", accepted.Id);
        Assert.EndsWith($"{Route}/{accepted.Id}", response.Headers.Location!.OriginalString);
        var build = await WaitUntilFinishedAsync(accepted.Id);
        Assert.Equal("done", build.State);
        Assert.Equal(new AnthologyProgressView(2, 2), build.Progress);
        Assert.Empty(build.LeftOut);

        using var document = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync(build)), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.True(text.IndexOf(first.Title, StringComparison.Ordinal) < text.LastIndexOf(second.Title, StringComparison.Ordinal), "book order: by prize");
        Assert.Contains("Noi dung bai PDF.", text);

        // Who built it, from which entries, and who downloaded it.
        var audit = (await Organizer.GetFromJsonAsync<AuditPageView>("/api/organizer/audit?page="))!.Records;
        var requested = Assert.Single(audit, r => r.Action == AuditAction.AnthologyRequested && r.Target == accepted.Id);
        Assert.Contains(first.EntryId, requested.Detail);
        Assert.Contains(second.EntryId, requested.Detail);
        Assert.Contains(audit, r => r.Action == AuditAction.AnthologyDownloaded && r.Target == accepted.Id);
    }

    [Fact]
    public async Task A_work_withdrawn_while_the_book_is_built_is_left_out_and_the_build_says_so()
    {
        var kept = await Works.PublishAsync(Stack, "Người thầy thuốc", SourceDocuments.Essay("thầy"));
        var withdrawn = await Works.PublishAsync(Stack, "Chiến sĩ biên phòng", SourceDocuments.Essay("biên"), rank: 2);
        // Listed when the book is asked for; consent withdrawn as the builder reaches the work before it.
        Works.BeforeFind = id =>
        {
            if (id == kept.EntryId) Works.Withdraw(withdrawn.EntryId);
            return Task.CompletedTask;
        };

        var response = await Organizer.PostAsJsonAsync(Route, new { entryIds = new[] { kept.EntryId, withdrawn.EntryId } });
        var build = await WaitUntilFinishedAsync((await response.ReadAs<AnthologyAcceptedView>()).Id);

        Assert.Equal("done", build.State);
        var left = Assert.Single(build.LeftOut);
        Assert.Equal(withdrawn.EntryId, left.EntryId);
        Assert.Equal(AnthologyBuilder.NoLongerPublished, left.Reason);
        using var document = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync(build)), false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains(kept.Title, text);
        Assert.DoesNotContain(withdrawn.Title, text);
        Assert.DoesNotContain("Mở đầu biên", text);
    }

    [Fact]
    public async Task Only_one_anthology_is_built_at_a_time()
    {
        await Works.PublishAsync(Stack, "Người mẹ nuôi quân", SourceDocuments.Essay("mẹ"));
        var hold = new TaskCompletionSource();
        Works.BeforeFind = _ => hold.Task;

        var first = await Organizer.PostAsJsonAsync(Route, new { });
        var second = await Organizer.PostAsJsonAsync(Route, new { });

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("Tuyển tập đang được tạo", (await second.ReadProblem()).Title);
        hold.SetResult();
        Assert.Equal("done", (await WaitUntilFinishedAsync((await first.ReadAs<AnthologyAcceptedView>()).Id)).State);

        // Two organizers asking at the same moment: one book.
        var together = await Task.WhenAll(Organizer.PostAsJsonAsync(Route, new { }), Organizer.PostAsJsonAsync(Route, new { }));
        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Conflict], together.Select(r => r.StatusCode).Order());
        await WaitUntilFinishedAsync((await together.Single(r => r.StatusCode == HttpStatusCode.Accepted).ReadAs<AnthologyAcceptedView>()).Id);
    }

    [Fact]
    public async Task Only_published_works_may_be_asked_for()
    {
        var published = await Works.PublishAsync(Stack, "Gương sáng", SourceDocuments.Essay("sáng"));
        var notPublished = Domain.Entries.Codes.NewEntryId();

        var response = await Organizer.PostAsJsonAsync(Route, new { entryIds = new[] { published.EntryId, notPublished } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblem();
        Assert.Contains(notPublished, Assert.Single(problem.Errors["entryIds"]));
        Assert.Contains("không thuộc danh sách tác phẩm được công bố", problem.Errors["entryIds"][0]);

        Works.WithdrawAll();
        var none = await Organizer.PostAsJsonAsync(Route, new { });
        Assert.Equal(HttpStatusCode.Conflict, none.StatusCode);
        Assert.Equal("Chưa có tác phẩm để tạo tuyển tập", (await none.ReadProblem()).Title);
    }

    [Fact]
    public async Task Asked_per_movement_the_book_has_a_part_per_movement_each_in_book_order()
    {
        var first = await Works.PublishAsync(Stack, "Người nông dân giỏi", SourceDocuments.Essay("nông"), movement: "Phong trào Thi đua B");
        var second = await Works.PublishAsync(Stack, "Doanh nhân vì cộng đồng", SourceDocuments.Essay("doanh"), rank: 2, movement: "Phong trào Thi đua A");

        var response = await Organizer.PostAsJsonAsync(Route, new { byMovement = true });
        var build = await WaitUntilFinishedAsync((await response.ReadAs<AnthologyAcceptedView>()).Id);

        Assert.True(build.ByMovement);
        using var document = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync(build)), false);
        var parts = document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "PartTitle" or "Heading1")
            .Select(p => p.InnerText).ToList();
        Assert.Equal(["Phong trào Thi đua A", second.Title, "Phong trào Thi đua B", first.Title], parts);
    }

    [Fact]
    public async Task An_unknown_build_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Organizer.GetAsync($"{Route}/ZZZZZZZZZZ")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Organizer.GetAsync($"{Route}/ZZZZZZZZZZ/file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Organizer.GetAsync($"{Route}/~running")).StatusCode);
    }
}
