using System.IO.Compression;
using ContestServerless.Functions.Results;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ContestServerless.Tests.Results;

/// <summary>
/// The minutes and the certificates made from the approved results over the API: refused before approval, the
/// decision's number and date required, then the Word minutes and one PDF per prize-winning author, names intact.
/// </summary>
public sealed class ApprovedPapersTests(ResultsStack results) : IClassFixture<ResultsStack>
{
    private const string Decision = "number=125%2FQĐ-BTC&date=15%2F12%2F2026";

    [Fact]
    public async Task The_minutes_and_certificates_come_from_the_approved_results_only()
    {
        using var organizer = await results.OrganizerAsync();
        var f = results.Finalists;

        // Before approval neither paper exists: names would be opened too early.
        Assert.Equal(HttpStatusCode.Conflict, (await organizer.GetAsync("/api/organizer/results/minutes")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await organizer.GetAsync($"/api/organizer/results/certificates?{Decision}")).StatusCode);

        var board = await (await organizer.GetAsync("/api/organizer/results")).ReadAs<ResultsBoardView>();
        var tie = Assert.Single(board.Ties);
        (await organizer.PostAsJsonAsync("/api/organizer/results/ties", new { key = tie.Key, method = "extend", chosen = Array.Empty<string>(), note = "" })).EnsureSuccessStatusCode();
        results.CloseSubmissions();
        (await organizer.PostAsync("/api/organizer/results/approve", null)).EnsureSuccessStatusCode();

        // Certificates need the decision that awards the prizes.
        var missing = await organizer.GetAsync("/api/organizer/results/certificates?number=%20&date=31%2F02%2F2026");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(["date", "number"], (await missing.ReadProblem()).Errors.Keys.Order());

        // The minutes: a valid Word document with the round, the judges, the settled tie and the prizes by code.
        var minutes = await organizer.GetAsync("/api/organizer/results/minutes");
        Assert.Equal(HttpStatusCode.OK, minutes.StatusCode);
        Assert.Equal(JuryMinutesDocument.ContentType, minutes.Content.Headers.ContentType?.MediaType);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await minutes.Content.ReadAsByteArrayAsync()), isEditable: false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document));
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("Chung khảo", text);
            // The date line opens with the contest's place name (contest.json Results:Papers:Locality).
            Assert.Contains("Sóc Trăng, ngày", text);
            Assert.Contains("Đỗ Văn Khải", text);
            Assert.Contains("Tăng số Giải Nhì", text);
            Assert.Contains("<script>alert(1)</script> Người giữ rừng", text);
            Assert.Contains(results.AuthorOf[f[0]], text);
        }

        // All certificates: one PDF per winning author (six prizes with the extended quota), each naming its author.
        var all = await organizer.GetAsync($"/api/organizer/results/certificates?{Decision}");
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await all.Content.ReadAsByteArrayAsync()));
        Assert.Equal(6, zip.Entries.Count);
        var texts = zip.Entries.Select(e =>
        {
            using var pdf = new MemoryStream();
            e.Open().CopyTo(pdf);
            return CertificatePdfTests.TextOf(pdf.ToArray());
        }).ToList();
        Assert.All(texts, t => Assert.Contains("125/QĐ-BTC", t));
        Assert.Contains(texts, t => t.Contains(results.AuthorOf[f[0]]) && t.Contains("Giải Nhất"));
        Assert.Contains(texts, t => t.Contains(results.AuthorOf[f[3]]) && t.Contains("Giải Nhì"));

        // One entry's certificate alone is a PDF.
        var one = await organizer.GetAsync($"/api/organizer/results/certificates?{Decision}&entryId={f[1]}");
        Assert.Equal("application/pdf", one.Content.Headers.ContentType?.MediaType);
        Assert.Contains(results.AuthorOf[f[1]], CertificatePdfTests.TextOf(await one.Content.ReadAsByteArrayAsync()));

        var audit = await organizer.GetStringAsync("/api/organizer/audit");
        Assert.Contains("minutes-downloaded", audit);
        Assert.Contains("certificates-downloaded", audit);
    }
}
