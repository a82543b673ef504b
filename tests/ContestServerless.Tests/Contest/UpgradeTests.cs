using System.Globalization;
using System.Security.Cryptography;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Entries;
using ContestServerless.Functions.Judging;
using ContestServerless.Functions.Storage;

namespace ContestServerless.Tests.Contest;

/// <summary>
/// A deployment that ran before contests were records holds one contest's data in today's layout and no contest record.
/// After the upgrade (the new version's start, run twice) that data is the deployment's first contest, untouched: every
/// table row and every blob as it was, the contest stored under its configured id, and everything printed or handed out
/// before (unit links, receipt codes, judges' codes, the results page) still answering.
/// </summary>
public sealed class UpgradeTests
{
    private const string UnitA = "nang-cap-a";
    private const string UnitB = "nang-cap-b";
    private const string Judge = "gk.nang-cap@example.org";
    private const string EarlyReason = "Hội đồng họp theo kế hoạch số 7/KH-BTC trước hạn nhận bài";

    private static readonly HttpClient Storage = new();

    [Fact]
    public async Task Upgrading_a_deployment_that_predates_contest_records_keeps_every_row_and_file_and_every_printed_link_working()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var stack = new ContestStack { Clock = clock };
        await stack.InitializeAsync();
        try
        {
            var contestId = stack.Services.GetRequiredService<ContestDirectory>().DefaultId;
            var seeded = await SeedThroughTodaysPathsAsync(stack, clock);
            // Asked before storage is read, as asking writes audit rows (downloads are audited) and the judge's copy.
            var answersBefore = await AnswersAsync(stack, seeded);
            var before = await SettledAsync(stack);
            Assert.Contains(before, row => row.StartsWith($"Contests|{ContestRow.Partition}|{contestId}|", StringComparison.Ordinal));
            foreach (var table in new[] { "Units", "Entries", "EntryIds", "Audit", "Reminders", "Judging", "Results" })
                Assert.Contains(before, row => row.StartsWith(table + "|", StringComparison.Ordinal));
            Assert.Contains(before, row => row.StartsWith("blob|", StringComparison.Ordinal));

            // The deployment before contests were records: the same data, and no table saying which contest it is.
            await stack.RestartAsync(() => new TableServiceClient(stack.Azurite.ConnectionString).DeleteTableAsync("Contests"));
            var afterFirst = await SettledAsync(stack);
            await stack.RestartAsync();
            var afterSecond = await SettledAsync(stack);

            AssertSame(before, afterFirst, "after the upgrade");
            AssertSame(before, afterSecond, "after starting again");
            var contest = Assert.Single(stack.Services.GetRequiredService<ContestDirectory>().All);
            Assert.Equal((contestId, "", true), (contest.Id, contest.StorageKey, contest.IsFirst));
            Assert.Equal(answersBefore, await AnswersAsync(stack, seeded));
        }
        finally
        {
            await stack.DisposeAsync();
        }
    }

    /// <summary>What the first contest's data was made of before the upgrade, and what was handed out for it.</summary>
    private sealed record Seeded(
        IReadOnlyDictionary<string, string> ReceiptOf, IReadOnlyDictionary<string, byte[]> FileOf, string PendingId, string LinkToken, string JudgeCode);

    /// <summary>
    /// Units, entries with their files (public form; one left pending), a quick report through a unit link, a reminder
    /// run's claims, a round with its assignments and scores, approved and published results, and the audit trail
    /// all of that wrote: each through the routes a deployment of today serves.
    /// </summary>
    private static async Task<Seeded> SeedThroughTodaysPathsAsync(ContestStack stack, FakeTimeProvider clock)
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        await TestUnits.AddAsync(organizer, UnitA);
        await TestUnits.AddAsync(organizer, UnitB, minimumEntries: 3);
        await TestJudging.AddJudgesAsync(organizer, (Judge, "Giám Khảo Nâng Cấp", null));

        var entrant = new Entrant(stack.Http);
        var receipts = new Dictionary<string, string>();
        var files = new Dictionary<string, byte[]>();
        for (var i = 0; i < 3; i++)
        {
            var file = TestFiles.Docx($"Câu chuyện nâng cấp số {i + 1}");
            var form = Entrant.Form(fileName: "bai-du-thi.docx", size: file.Length, unitId: i == 0 ? UnitB : UnitA, email: $"tacgia.nangcap{i + 1}@example.org");
            form["title"] = $"Tấm gương trước nâng cấp {i + 1}";
            var (id, uploadUrl) = await entrant.CreateAsync(form);
            (await Entrant.UploadAsync(uploadUrl, file)).EnsureSuccessStatusCode();
            var submitted = await entrant.SubmitAsync(id);
            Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
            receipts[id] = (await submitted.ReadAs<ReceiptView>()).ReceiptCode;
            files[id] = file;
        }
        var pendingFile = TestFiles.Docx("Bài chưa nộp xong");
        var (pendingId, pendingUpload) = await entrant.CreateAsync(Entrant.Form(fileName: "bai-du-thi.docx", size: pendingFile.Length, unitId: UnitB, email: "tacgia.dangdo@example.org"));
        (await Entrant.UploadAsync(pendingUpload, pendingFile)).EnsureSuccessStatusCode();

        var token = await TestUnits.LinkTokenAsync(organizer, UnitA);
        using (var portal = TestUnits.Portal(stack, token))
        {
            var report = await portal.PostAsJsonAsync("/api/unit/reports", new
            {
                channels = new[] { "meetings" },
                focalPointNamedOn = VietnamDay(clock.GetUtcNow().AddDays(-3)),
                peopleReached = 80,
                entriesCollected = 2,
                reportedBy = "Trần Văn Nâng",
            });
            Assert.True(report.IsSuccessStatusCode, await report.Content.ReadAsStringAsync());
        }

        // Every unit owes its quick report, due in 14 days: the run claims a reminder for each (nang-cap-b included).
        var run = await organizer.PostAsync("/api/organizer/reminders/send", null);
        Assert.True(run.IsSuccessStatusCode, await run.Content.ReadAsStringAsync());

        var now = clock.GetUtcNow();
        var round = await TestJudging.CreateRoundAsync(organizer, "Sơ khảo", [Judge], 1, now.AddMinutes(-1), now.AddDays(1));
        var order = receipts.Keys.ToList();
        await TestJudging.ScoreAllAsync(stack, round, [Judge], id => 90m - 10m * order.IndexOf(id));
        string judgeCode;
        using (var judge = await stack.SignInAsync(Judge, StaffRoles.Judge))
            judgeCode = (await judge.GetFromJsonAsync<List<JudgeAssignmentView>>("/api/judge/assignments"))![0].Code;
        clock.Advance(TimeSpan.FromDays(2));

        var tiers = await organizer.PutAsJsonAsync("/api/organizer/results/settings", new
        {
            tiers = new object[] { new { name = "Giải Nhất", quota = 1, amount = 3_000_000 }, new { name = "Giải Nhì", quota = 1 } },
        });
        Assert.True(tiers.IsSuccessStatusCode, await tiers.Content.ReadAsStringAsync());
        var approved = await organizer.PostAsJsonAsync("/api/organizer/results/approve", new { reason = EarlyReason });
        Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());
        var published = await organizer.PostAsJsonAsync("/api/organizer/results/publish", new { at = "", reason = EarlyReason });
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());

        // An organizer opened an entry and downloaded its file: audit rows of their own.
        (await organizer.GetAsync($"/api/organizer/entries/{order[0]}")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Redirect, (await organizer.GetAsync($"/api/organizer/entries/{order[0]}/file")).StatusCode);

        // The background work the seeding set off: each entrant's receipt, the catalogue holding every entry.
        foreach (var n in Enumerable.Range(1, 3))
            await Eventually.WaitAsync(() => stack.Outbox.Messages.Any(m => m.To.Contains($"tacgia.nangcap{n}@example.org")), $"entrant {n}'s receipt");
        await Eventually.WaitAsync(async () => (await ListAsync(organizer)).Total == 4, "the catalogue to hold every entry");
        return new Seeded(receipts, files, pendingId, token, judgeCode);
    }

    /// <summary>
    /// What the seeded data answers through the API, as text to compare: the organizers' entries list, each received
    /// entry's file (its hash, through the download link), the unit portal opened with the link issued before, each
    /// receipt code's lookup, the judge's entry by its code, the public results and the contests.
    /// </summary>
    private static async Task<List<string>> AnswersAsync(ContestStack stack, Seeded seeded)
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        var list = await ListAsync(organizer);
        var answers = new List<string> { $"entries listed: {list.Total}", $"ids: {string.Join(",", list.Entries.Select(e => e.Id).Order(StringComparer.Ordinal))}" };
        foreach (var (id, file) in seeded.FileOf)
        {
            var link = await organizer.GetAsync($"/api/organizer/entries/{id}/file");
            Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);
            var downloaded = await Storage.GetByteArrayAsync(link.Headers.Location!);
            Assert.Equal(file, downloaded);
            answers.Add($"file {id}: {Convert.ToHexStringLower(SHA256.HashData(downloaded))}");
        }
        Assert.Equal(HttpStatusCode.OK, (await organizer.GetAsync($"/api/organizer/entries/{seeded.PendingId}")).StatusCode);

        using (var portal = TestUnits.Portal(stack, seeded.LinkToken))
        {
            var unit = await portal.GetAsync("/api/unit");
            Assert.Equal(HttpStatusCode.OK, unit.StatusCode);
            answers.Add($"portal: {await unit.Content.ReadAsStringAsync()}");
        }
        foreach (var (id, receipt) in seeded.ReceiptOf.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var lookup = await stack.Http.GetAsync($"/api/entries/{id}?receipt={receipt}");
            Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
            answers.Add($"lookup {id}: {await lookup.Content.ReadAsStringAsync()}");
        }
        using (var judge = await stack.SignInAsync(Judge, StaffRoles.Judge))
        {
            var entry = await judge.GetAsync($"/api/judge/entries/{seeded.JudgeCode}");
            Assert.Equal(HttpStatusCode.OK, entry.StatusCode);
            answers.Add($"judge: {await entry.Content.ReadAsStringAsync()}");
        }
        var results = await stack.Http.GetAsync("/api/results");
        Assert.Equal(HttpStatusCode.OK, results.StatusCode);
        answers.Add($"results: {await results.Content.ReadAsStringAsync()}");
        answers.Add($"contests: {await stack.Http.GetStringAsync("/api/contests")}");
        answers.Add($"contest: {await stack.Http.GetStringAsync("/api/contest")}");
        return answers;
    }

    private static async Task<EntryPageView> ListAsync(HttpClient organizer) =>
        (await organizer.GetFromJsonAsync<EntryPageView>("/api/organizer/entries?status=all&pageSize=200"))!;

    /// <summary>
    /// Storage once the app has nothing left to do: no queued message, and the same rows and blobs on two readings in a
    /// row (a message being handled is invisible to a peek, so an empty queue alone proves nothing).
    /// </summary>
    private static async Task<List<string>> SettledAsync(ContestStack stack)
    {
        var queues = new QueueServiceClient(stack.Azurite.ConnectionString);
        List<string>? last = null;
        List<string> current = [];
        await Eventually.WaitAsync(async () =>
        {
            await foreach (var queue in queues.GetQueuesAsync())
                if ((await queues.GetQueueClient(queue.Name).PeekMessagesAsync(1)).Value.Length > 0) return false;
            current = await ReadStorageAsync(stack.Azurite.ConnectionString);
            var settled = last is not null && last.SequenceEqual(current);
            last = current;
            return settled;
        }, "storage to settle");
        return current;
    }

    /// <summary>
    /// Every row of every table (all columns but the ETag and the timestamp, which storage itself sets) and every blob
    /// (container, name and a hash of its content), one line each, in order.
    /// </summary>
    private static async Task<List<string>> ReadStorageAsync(string connectionString)
    {
        var lines = new List<string>();
        var tables = new TableServiceClient(connectionString);
        await foreach (var table in tables.QueryAsync())
        {
            await foreach (var row in tables.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                var columns = row.Keys
                    .Where(k => k is not ("odata.etag" or "Timestamp" or "PartitionKey" or "RowKey"))
                    .Order(StringComparer.Ordinal)
                    .Select(k => $"{k}={Format(row[k])}");
                lines.Add($"{table.Name}|{row.PartitionKey}|{row.RowKey}|{string.Join(";", columns)}");
            }
        }
        var blobs = new BlobServiceClient(connectionString);
        await foreach (var container in blobs.GetBlobContainersAsync())
        {
            var client = blobs.GetBlobContainerClient(container.Name);
            await foreach (var blob in client.GetBlobsAsync())
            {
                var content = (await client.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToArray();
                lines.Add($"blob|{container.Name}|{blob.Name}|{Convert.ToHexStringLower(SHA256.HashData(content))}");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        byte[] bytes => Convert.ToBase64String(bytes),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Every row and blob as it was: what was lost and what appeared, each named, so a failure says which.</summary>
    private static void AssertSame(List<string> before, List<string> after, string when)
    {
        var lost = before.Except(after).ToList();
        var added = after.Except(before).ToList();
        Assert.True(lost.Count == 0 && added.Count == 0 && before.Count == after.Count,
            $"Storage changed {when}.\nLost or changed:\n  {string.Join("\n  ", lost)}\nNew or changed:\n  {string.Join("\n  ", added)}");
    }

    private static string VietnamDay(DateTimeOffset time) => time.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
