using System.IO.Compression;
using System.Security.Cryptography;
using ContestServerless.Domain.Archive;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Archive;
using ContestServerless.Functions.Audit;
using ContestServerless.Functions.Entries;
using ContestServerless.Functions.Http;
using ContestServerless.Tests.Privacy;
using ContestServerless.Tests.Results;

namespace ContestServerless.Tests.Archive;

/// <summary>
/// The contest's archive package on a judged contest of its own (<see cref="ResultsStack"/>: eight entries in two
/// rounds), with a quick report and a withdrawn entry added: built in the background, downloaded through a redirect,
/// every file's checksum in the manifest; the results papers only once the results are approved.
/// </summary>
public sealed class ArchivePackageTests(ResultsStack results) : IClassFixture<ResultsStack>
{
    private static readonly HttpClient Storage = new();
    private const int SeededEntries = 8;
    private const int SeededScores = 8 * 2 + 6 * 2;

    private string ContestId => results.Stack.Services.GetRequiredService<ContestOptions>().Id;

    private string Route => $"/api/organizer/contests/{ContestId}/archive-package";

    [Fact]
    public async Task The_package_holds_every_entry_held_file_score_sheet_and_audit_row_and_the_papers_once_results_are_approved()
    {
        using var organizer = await results.OrganizerAsync();
        var essay = TestFiles.Docx("Người lái đò");
        var kept = await EntrantClient.EnterAsync(results.Stack, ResultsStack.UnitA, "Bài lưu trữ còn giữ", essay);
        var withdrawn = await EntrantClient.EnterAsync(results.Stack, ResultsStack.UnitB, "Bài lưu trữ đã rút");
        (await withdrawn.WithdrawAsync()).EnsureSuccessStatusCode();
        using (var portal = TestUnits.Portal(results.Stack, await TestUnits.LinkTokenAsync(organizer, ResultsStack.UnitA)))
            (await portal.PostAsJsonAsync("/api/unit/reports", new
            {
                channels = new[] { "meetings" },
                focalPointNamedOn = "01/01/2020",
                peopleReached = 120,
                entriesCollected = 5,
                reportedBy = "Trần Văn Lưu",
            })).EnsureSuccessStatusCode();

        // Before approval: everything but the results papers, and the manifest says why they are missing.
        var (early, earlyManifest) = await BuildAsync(organizer, null);
        using (early)
        {
            Assert.False(earlyManifest.Counts.ResultsApproved);
            Assert.Contains(ArchiveResults.NotApprovedNote, earlyManifest.Notes);
            Assert.DoesNotContain(early.Entries, e => e.FullName == ArchiveResults.ResultsFileName || e.FullName == ArchiveResults.MinutesFileName
                || e.FullName.StartsWith(ArchiveResults.CertificatesFolder + "/", StringComparison.Ordinal));
            Assert.Equal(0, earlyManifest.Counts.Prizes);
        }

        var tie = Assert.Single((await ResultsStack.BoardAsync(organizer)).Ties);
        (await organizer.PostAsJsonAsync("/api/organizer/results/ties", new { key = tie.Key, method = "extend", chosen = Array.Empty<string>(), note = "" })).EnsureSuccessStatusCode();
        results.CloseSubmissions();
        (await organizer.PostAsync("/api/organizer/results/approve", null)).EnsureSuccessStatusCode();

        var (zip, manifest) = await BuildAsync(organizer, new { number = "125/QĐ-BTC", date = "15/12/2026" });
        using (zip)
        {
            // Every file but the manifest is listed with its checksum, and each matches the bytes in the ZIP.
            Assert.Equal(zip.Entries.Select(e => e.FullName).Where(n => n != ArchivePackageZip.ManifestFileName).Order(StringComparer.Ordinal),
                manifest.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
            foreach (var file in manifest.Files)
            {
                var bytes = Read(zip, file.Path);
                Assert.Equal(file.Size, bytes.Length);
                Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            }

            // The entries: every one in the list, withdrawn included and marked; every held file byte for byte; none of the withdrawn.
            var listed = await organizer.GetFromJsonAsync<EntryPageView>("/api/organizer/entries?status=all&pageSize=200");
            var rows = Spreadsheets.Read(new MemoryStream(Read(zip, ArchiveEntries.ListFileName)));
            var ids = listed!.Entries.Select(e => e.Id).Append(withdrawn.Id).ToList();
            Assert.Equal(SeededEntries + 2, ids.Count);
            Assert.Equal(ids.Count, rows.Count - 1);
            Assert.All(ids, id => Assert.Contains(rows, row => row.Contains(id)));
            Assert.Contains(rows, row => row.Contains(withdrawn.Id) && row.Contains("Đã rút (không tính)"));
            Assert.Equal(essay, Read(zip, $"bai-du-thi/{ResultsStack.UnitA}/{kept.Id}.docx"));
            Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains(withdrawn.Id, StringComparison.Ordinal));
            var entryFiles = zip.Entries.Where(e => e.FullName.StartsWith(ArchiveEntries.FilesFolder + "/", StringComparison.Ordinal)).ToList();
            Assert.Equal(SeededEntries + 1, entryFiles.Count);
            foreach (var id in results.AuthorOf.Keys)
                Assert.Single(entryFiles, e => e.Name == $"{id}.docx");

            // The counts are the stack's.
            var counts = manifest.Counts;
            Assert.Equal((SeededEntries + 2, SeededEntries + 1, SeededEntries + 1, 1, 0), (counts.Entries.Total, counts.Entries.Received, counts.Entries.InPlay, counts.Entries.Withdrawn, counts.Entries.Pending));
            Assert.Equal(entryFiles.Count, counts.EntryFiles);
            Assert.Equal((1, 1), (counts.QuickReports, counts.QuickReportVersions));
            Assert.Equal((2, SeededScores), (counts.Rounds, counts.Scores));
            Assert.Equal((6, 6), (counts.Prizes, counts.Certificates));
            Assert.True(counts.ResultsApproved);
            Assert.Equal(ContestId, manifest.ContestId);

            // The quick report, both rounds' score sheets, the results papers.
            Assert.Contains(Spreadsheets.Read(new MemoryStream(Read(zip, ArchiveQuickReports.FileName))), row => row.Contains("Trần Văn Lưu"));
            Assert.Equal(["cham-thi/chung-khao.xlsx", "cham-thi/so-khao.xlsx"],
                zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith(ArchiveScores.Folder + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            var finals = Spreadsheets.Read(new MemoryStream(Read(zip, "cham-thi/chung-khao.xlsx")));
            Assert.All(results.Finalists, id => Assert.Contains(finals, row => row.Contains(id)));
            Assert.Contains(Spreadsheets.Read(new MemoryStream(Read(zip, ArchiveResults.ResultsFileName))), row => row.Contains("Giải Nhất"));
            Assert.NotEmpty(Read(zip, ArchiveResults.MinutesFileName));
            var certificates = zip.Entries.Where(e => e.FullName.StartsWith(ArchiveResults.CertificatesFolder + "/", StringComparison.Ordinal)).ToList();
            Assert.Equal(6, certificates.Count);
            Assert.Contains(certificates, c => CertificatePdfTests.TextOf(Read(zip, c.FullName)).Contains(results.AuthorOf[results.Finalists[0]]));

            // The audit trail: every row up to the package (the download that followed is the one row more: watching the
            // build audits nothing), and the download audited.
            var audit = await AuditAsync(organizer);
            var trail = CsvRows(Read(zip, ArchiveAuditTrail.FileName));
            Assert.Equal(counts.AuditRows, trail.Count - 1);
            Assert.Equal(audit.Count - 1, counts.AuditRows);
            // The one row more is the download (rows written within the same tick keep no order between them).
            Assert.Equal(trail.Count(row => row.Contains("archive-package-downloaded")) + 1, audit.Count(a => a.Action == "archive-package-downloaded"));
            Assert.Contains(trail, row => row.Contains("archive-package-requested"));
            Assert.Contains("MUC-LUC", string.Join(" ", zip.Entries.Select(e => e.FullName)));
        }
    }

    [Fact]
    public async Task Only_organizers_get_the_package_and_only_of_this_contest()
    {
        using var anonymous = new HttpClient { BaseAddress = results.Stack.Http.BaseAddress };
        using var judge = await results.Stack.SignInAsync(ResultsStack.JudgeA, StaffRoles.Judge);
        using var organizer = await results.OrganizerAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Route)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(Route, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await judge.GetAsync(Route)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await judge.PostAsync(Route, null)).StatusCode);
        foreach (var unknown in new[] { "can-tho-2099", "khong-co" })
        {
            var get = await organizer.GetAsync($"/api/organizer/contests/{unknown}/archive-package");
            var post = await organizer.PostAsync($"/api/organizer/contests/{unknown}/archive-package", null);
            Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (get.StatusCode, post.StatusCode));
            Assert.Equal(ApiResults.ProblemContentType, get.Content.Headers.ContentType?.MediaType);
        }
        var half = await organizer.PostAsJsonAsync(Route, new { number = "125/QĐ-BTC" });
        Assert.Equal(HttpStatusCode.BadRequest, half.StatusCode);
        Assert.Contains("date", (await half.ReadProblem()).Errors.Keys);
    }

    /// <summary>Asks for a package, waits for the GET to stop answering 202, follows its redirect to storage and opens the ZIP.</summary>
    private async Task<(ZipArchive Zip, ArchiveManifest Manifest)> BuildAsync(HttpClient organizer, object? decision)
    {
        var request = decision is null ? await organizer.PostAsync(Route, null) : await organizer.PostAsJsonAsync(Route, decision);
        Assert.Equal(HttpStatusCode.Accepted, request.StatusCode);
        var id = (await request.ReadAs<ArchivePackageView>()).Id;
        Assert.EndsWith(Route, request.Headers.Location!.OriginalString);

        // Watched as the page watches it: the state alone, which hands out no link and audits no download.
        HttpResponseMessage state = null!;
        await Eventually.WaitAsync(async () =>
        {
            state = await organizer.GetAsync($"{Route}?view=state");
            return state.StatusCode != HttpStatusCode.Accepted;
        }, $"archive package {id} to be built");
        Assert.True(state.StatusCode == HttpStatusCode.OK, await state.Content.ReadAsStringAsync());
        Assert.Equal("ready", (await state.ReadAs<ArchivePackageView>()).Status);
        var answer = await organizer.GetAsync(Route);
        Assert.True(answer.StatusCode == HttpStatusCode.Redirect, await answer.Content.ReadAsStringAsync());
        var zip = new ZipArchive(new MemoryStream(await Storage.GetByteArrayAsync(answer.Headers.Location!)));
        await using var manifest = await zip.GetEntry(ArchivePackageZip.ManifestFileName)!.OpenAsync();
        return (zip, ArchivePackageZip.ReadManifest(manifest)!);
    }

    private static byte[] Read(ZipArchive zip, string path)
    {
        using var stream = (zip.GetEntry(path) ?? throw new Xunit.Sdk.XunitException($"{path} is not in the package")).Open();
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>RFC 4180 records (quoted cells may hold commas and line breaks), the header first.</summary>
    private static List<List<string>> CsvRows(byte[] csv)
    {
        var text = System.Text.Encoding.UTF8.GetString(csv).TrimStart('\uFEFF');
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') cell.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') cell.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = []; }
            else if (c != '\r') cell.Append(c);
        }
        return rows;
    }

    private static async Task<List<AuditRecordView>> AuditAsync(HttpClient organizer)
    {
        var all = new List<AuditRecordView>();
        string? page = null;
        do
        {
            var view = (await organizer.GetFromJsonAsync<AuditPageView>($"/api/organizer/audit?page={Uri.EscapeDataString(page ?? "")}"))!;
            all.AddRange(view.Records);
            page = view.NextPage;
        } while (page is not null);
        return all;
    }
}
