using System.IO.Compression;
using ContestServerless.Domain.Common;
using ContestServerless.Functions.Judging;

namespace ContestServerless.Tests.Judging;

/// <summary>Nothing a judge can reach, JSON, link or file, carries a value that says who wrote the entry.</summary>
public sealed class BlindJudgingTests(JudgingStack judging) : IClassFixture<JudgingStack>
{
    private static readonly HttpClient Storage = new();

    /// <summary>Every value of an entry that could identify its author, as the entrant and the unit know them.</summary>
    private async Task<List<string>> IdentifyingValuesAsync()
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        var values = new List<string> { "Nguyễn Thị Lan", "0912 345 678", "0912345678", "Trường THCS Phường 5", "Phường 5, thành phố Sóc Trăng", "bai-du-thi" };
        foreach (var (id, author) in judging.AuthorOf)
        {
            var entry = (await organizer.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/organizer/entries/{id}"))!;
            values.AddRange([id, author, entry["unitId"]!.GetValue<string>(), entry["unitName"]!.GetValue<string>(),
                entry["author"]!["email"]!.GetValue<string>()]);
        }
        return values;
    }

    private static void AssertBlind(string text, IEnumerable<string> values, string where)
    {
        var folded = Text.Unaccent(text).ToLowerInvariant();
        foreach (var value in values)
            Assert.False(folded.Contains(Text.Unaccent(value).ToLowerInvariant(), StringComparison.Ordinal), $"{where} carries “{value}”: {text}");
    }

    [Fact]
    public async Task No_judge_route_answers_an_author_value()
    {
        var values = await IdentifyingValuesAsync();
        foreach (var judge in new[] { JudgingStack.JudgeA, JudgingStack.JudgeB, JudgingStack.DistrictJudge })
        {
            using var client = await judging.SignInAsync(judge);
            var list = await client.GetStringAsync("/api/judge/assignments");
            AssertBlind(list, values, "GET /api/judge/assignments");
            foreach (var item in (await client.GetFromJsonAsync<List<JudgeAssignmentView>>("/api/judge/assignments"))!)
            {
                AssertBlind(await client.GetStringAsync($"/api/judge/entries/{item.Code}"), values, $"GET /api/judge/entries/{item.Code}");
                var saved = await client.PutAsJsonAsync($"/api/judge/entries/{item.Code}/score", new { criteria = new Dictionary<string, decimal?>(), comment = "", submit = false });
                AssertBlind(await saved.Content.ReadAsStringAsync(), values, $"PUT /api/judge/entries/{item.Code}/score");
                var file = await client.GetAsync($"/api/judge/entries/{item.Code}/file");
                Assert.Equal(HttpStatusCode.Redirect, file.StatusCode);
                AssertBlind(Uri.UnescapeDataString(file.Headers.Location!.AbsoluteUri), values, "the file's link");
            }
        }
    }

    [Fact]
    public async Task The_file_a_judge_downloads_has_no_author_in_its_properties_comments_or_revisions()
    {
        using var client = await judging.SignInAsync(JudgingStack.JudgeA);
        var texts = new List<string>();
        foreach (var item in (await client.GetFromJsonAsync<List<JudgeAssignmentView>>("/api/judge/assignments"))!)
        {
            var link = (await client.GetAsync($"/api/judge/entries/{item.Code}/file")).Headers.Location!;
            using var zip = new ZipArchive(new MemoryStream(await Storage.GetByteArrayAsync(link)));
            texts.Add(string.Join("\n", zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd())));
        }

        Assert.Contains(texts, t => t.Contains("Câu chuyện về một người tốt", StringComparison.Ordinal));
        foreach (var text in texts)
            foreach (var author in judging.AuthorOf.Values.Append("Hồ Thị Mai Phương")) AssertBlind(text, [author], "the judge's copy");
    }

    [Fact]
    public async Task An_entry_whose_text_names_its_author_is_flagged_and_not_given_to_judges()
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        var entrant = new Entrant(judging.Stack.Http);
        var form = Entrant.Form(fileName: "bai-du-thi.docx", unitId: "so-tu-phap");
        form["author"]!["fullName"] = "Đặng Văn Khoa";
        var id = await entrant.EnterAsync(form, WordFiles.Essay("Tôi là Đặng Văn Khoa, xin kể về thầy giáo làng.", "Ẩn danh"));

        var assigned = await organizer.PostAsync($"/api/organizer/rounds/{judging.RoundId}/assignments", null);

        var outcome = (await assigned.Content.ReadFromJsonAsync<AssignmentResultView>())!;
        Assert.True(outcome.AwaitingSecretariat >= 1);
        var ranking = await organizer.RankingAsync(judging.RoundId);
        var row = ranking.Entries.Single(e => e.EntryId == id);
        Assert.Equal("flagged", row.CopyState);
        Assert.Contains(row.Hits, h => h.Contains("họ và tên tác giả", StringComparison.Ordinal));
        Assert.Empty(row.Judges);
    }

    [Fact]
    public async Task A_redacted_copy_the_secretariat_uploads_is_cleaned_scanned_and_given_to_judges()
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        var form = Entrant.Form(fileName: "bai-du-thi.docx", unitId: "so-xay-dung");
        form["author"]!["fullName"] = "Hồ Thị Mai Phương";
        var id = await new Entrant(judging.Stack.Http).EnterAsync(form, WordFiles.Essay("Tôi, Hồ Thị Mai Phương, kể về bác sĩ xã.", "Ẩn danh"));
        await organizer.PostAsync($"/api/organizer/rounds/{judging.RoundId}/assignments", null);

        var stillNamed = await RedactAsync(organizer, id, WordFiles.Essay("Tôi, Hồ Thị Mai Phương, kể về bác sĩ xã.", "Ẩn danh"));
        var redacted = await RedactAsync(organizer, id, WordFiles.Essay("Tôi, [đã che], kể về bác sĩ xã.", "Hồ Thị Mai Phương"));
        var assigned = await organizer.PostAsync($"/api/organizer/rounds/{judging.RoundId}/assignments", null);

        Assert.Equal("flagged", stillNamed.CopyState);
        Assert.Equal("redacted", redacted.CopyState);
        Assert.Empty(redacted.Hits);
        assigned.EnsureSuccessStatusCode();
        var row = (await organizer.RankingAsync(judging.RoundId)).Entries.Single(e => e.EntryId == id);
        Assert.Equal(2, row.Judges.Count);
        using var judge = await judging.SignInAsync(row.Judges[0].Judge);
        var link = (await judge.GetAsync($"/api/judge/entries/{row.Code}/file")).Headers.Location!;
        using var zip = new ZipArchive(new MemoryStream(await Storage.GetByteArrayAsync(link)));
        var everything = string.Join("\n", zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.Contains("[đã che]", everything);
        AssertBlind(everything, ["Hồ Thị Mai Phương"], "the redacted copy");
    }

    [Fact]
    public async Task A_confirmation_naming_a_blob_the_service_did_not_hand_out_is_refused()
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        var entryId = judging.AuthorOf.Keys.First();

        var forged = await organizer.PostAsJsonAsync($"/api/organizer/rounds/{judging.RoundId}/entries/{entryId}/redaction/done",
            new { blobName = "so-noi-vu/ABCDEFGHJK.docx" });

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    private async Task<SealedEntryView> RedactAsync(HttpClient organizer, string entryId, byte[] file)
    {
        var ticket = await organizer.PostAsJsonAsync($"/api/organizer/rounds/{judging.RoundId}/entries/{entryId}/redaction", new { fileName = "ban-da-che.docx" });
        Assert.Equal(HttpStatusCode.Created, ticket.StatusCode);
        var upload = (await ticket.Content.ReadFromJsonAsync<RedactionUploadView>())!;
        (await Entrant.UploadAsync(new Uri(upload.UploadUrl), file)).EnsureSuccessStatusCode();
        var done = await organizer.PostAsJsonAsync($"/api/organizer/rounds/{judging.RoundId}/entries/{entryId}/redaction/done", new { blobName = upload.BlobName });
        Assert.True(done.IsSuccessStatusCode, await done.Content.ReadAsStringAsync());
        // The judges' copy is made from the upload, which then goes: it holds the essay.
        Assert.Null(await judging.Stack.Services.GetRequiredService<Domain.Entries.IEntryFiles>().GetSizeAsync(upload.BlobName, CancellationToken.None));
        return (await done.Content.ReadFromJsonAsync<SealedEntryView>())!;
    }
}
