using ContestServerless.Functions.Results;

namespace ContestServerless.Tests.Results;

/// <summary>
/// A contest through two rounds to published results over the API, step by step: each refusal the issue names is
/// tried at the step where it matters, and shown to change nothing.
/// </summary>
public sealed class ResultsFlowTests(ResultsStack results) : IClassFixture<ResultsStack>
{
    private static async Task<string> Json(HttpClient organizer) => await organizer.GetStringAsync("/api/organizer/results");

    private const string EarlyReason = "Hội đồng họp theo kế hoạch số 12/KH-BTC trước hạn nhận bài";

    [Fact]
    public async Task A_two_round_contest_goes_from_the_proposal_to_published_results_and_everyone_is_told_once()
    {
        using var organizer = await results.OrganizerAsync();
        var f = results.Finalists;

        // The proposal: tiers filled from the final round in rank order, the tie across Giải Nhì's quota flagged.
        var board = await ResultsStack.BoardAsync(organizer);
        Assert.Equal(results.FinalRoundId, board.RoundId);
        Assert.Equal(["Giải Nhất", "Giải Nhì", "Giải Ba"], board.Tiers.Select(t => t.Name));
        Assert.Equal([f[0]], board.Tiers[0].Entries.Select(e => e.EntryId));
        var tie = Assert.Single(board.Ties);
        Assert.Equal("Giải Nhì", tie.TierName);
        Assert.Equal(1, tie.Seats);
        Assert.Equal(new[] { f[2], f[3] }.Order(), tie.Entries.Select(e => e.EntryId).Order());
        Assert.False(tie.Resolved);
        Assert.All(board.Tiers.SelectMany(t => t.Entries), e => Assert.Null(e.Authors));
        Assert.All(results.AuthorOf.Values, author => Assert.DoesNotContain(author, Json(organizer).Result));

        // Nothing is public before approval, and nothing can be approved with the tie open.
        Assert.Equal(HttpStatusCode.NotFound, (await results.Stack.Http.GetAsync("/api/results")).StatusCode);
        var before = await Json(organizer);
        var refusedApproval = await organizer.PostAsJsonAsync("/api/organizer/results/approve", new { reason = EarlyReason });
        var earlyPublish = await organizer.PostAsJsonAsync("/api/organizer/results/publish", new { at = "", reason = EarlyReason });
        var negativeQuota = await organizer.PutAsJsonAsync("/api/organizer/results/settings", new { tiers = new[] { new { name = "Giải Nhất", quota = -1 } } });
        var swapWithoutReason = await organizer.PostAsJsonAsync("/api/organizer/results/swaps", new { entryA = f[0], entryB = f[1], reason = " " });
        var disqualifyWithoutReason = await organizer.PostAsJsonAsync("/api/organizer/results/disqualifications", new { entryId = f[0], reason = "" });
        Assert.Equal(HttpStatusCode.Conflict, refusedApproval.StatusCode);
        Assert.Equal("Còn trường hợp đồng hạng chưa giải quyết", (await refusedApproval.ReadProblem()).Title);
        Assert.Equal(HttpStatusCode.Conflict, earlyPublish.StatusCode);
        Assert.Equal("Kết quả chưa được phê duyệt", (await earlyPublish.ReadProblem()).Title);
        Assert.Equal(HttpStatusCode.BadRequest, negativeQuota.StatusCode);
        Assert.Contains("tiers[0].quota", (await negativeQuota.ReadProblem()).Errors.Keys);
        Assert.Contains("reason", (await swapWithoutReason.ReadProblem()).Errors.Keys);
        Assert.Contains("reason", (await disqualifyWithoutReason.ReadProblem()).Errors.Keys);
        Assert.Equal(before, await Json(organizer));

        // The committee votes the 4th finalist up: it takes the seat, the 3rd drops to Giải Ba.
        var voteWithoutNote = await organizer.PostAsJsonAsync("/api/organizer/results/ties", new { key = tie.Key, method = "vote", chosen = new[] { f[3] }, note = "" });
        Assert.Contains("note", (await voteWithoutNote.ReadProblem()).Errors.Keys);
        var voted = await organizer.PostAsJsonAsync("/api/organizer/results/ties", new { key = tie.Key, method = "vote", chosen = new[] { f[3] }, note = "Biểu quyết 5/7 phiếu" });
        Assert.Equal(HttpStatusCode.OK, voted.StatusCode);
        board = await voted.ReadAs<ResultsBoardView>();
        Assert.Equal([f[1], f[3]], board.Tiers[1].Entries.Select(e => e.EntryId));
        Assert.Equal([f[2], f[4]], board.Tiers[2].Entries.Select(e => e.EntryId));
        Assert.True(Assert.Single(board.Ties).Resolved);

        // Submissions are still open: approval is refused without a reason, and a reason is checked like any free text.
        before = await Json(organizer);
        var whileOpen = await organizer.PostAsync("/api/organizer/results/approve", null);
        var blankReason = await organizer.PostAsJsonAsync("/api/organizer/results/approve", new { reason = "  " });
        var hiddenReason = await organizer.PostAsJsonAsync("/api/organizer/results/approve", new { reason = "Họp sớm\u202E theo kế hoạch" });
        Assert.Equal(HttpStatusCode.Conflict, whileOpen.StatusCode);
        Assert.Equal("Cuộc thi còn đang nhận bài", (await whileOpen.ReadProblem()).Title);
        Assert.Equal(HttpStatusCode.Conflict, blankReason.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, hiddenReason.StatusCode);
        Assert.Contains("reason", (await hiddenReason.ReadProblem()).Errors.Keys);
        Assert.Equal(before, await Json(organizer));
        Assert.DoesNotContain("results-approved", await organizer.GetStringAsync("/api/organizer/audit"));

        // Approval with the committee's reason locks, and only now do organizers see who wrote what (audited).
        var approved = await organizer.PostAsJsonAsync("/api/organizer/results/approve", new { reason = EarlyReason });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        board = await approved.ReadAs<ResultsBoardView>();
        Assert.True(board.Approved);
        Assert.Equal([results.AuthorOf[f[0]]], board.Tiers[0].Entries[0].Authors);
        var lockedSwap = await organizer.PostAsJsonAsync("/api/organizer/results/swaps", new { entryA = f[0], entryB = f[1], reason = "Thử sau khi khóa" });
        Assert.Equal(HttpStatusCode.Conflict, lockedSwap.StatusCode);
        var audit = await organizer.GetStringAsync("/api/organizer/audit");
        Assert.Contains("results-approved", audit);
        Assert.Contains("results-identities-viewed", audit);
        Assert.Contains($"quyết định khi cuộc thi còn nhận bài, lý do: {EarlyReason}", audit);

        // Disqualified once names are known: the next ranked moves up into Giải Ba.
        var disqualified = await organizer.PostAsJsonAsync("/api/organizer/results/disqualifications", new { entryId = f[2], reason = "Tác giả là thành viên Ban Tổ chức." });
        Assert.Equal(HttpStatusCode.OK, disqualified.StatusCode);
        board = await disqualified.ReadAs<ResultsBoardView>();
        Assert.Equal([f[4], f[5]], board.Tiers[2].Entries.Select(e => e.EntryId));

        // Unit awards: participation per unit; the organizers' pick goes into the workbook beside the prizes.
        var picked = await organizer.PutAsJsonAsync("/api/organizer/results/units", new { units = new[] { ResultsStack.UnitB } });
        var unknownUnit = await organizer.PutAsJsonAsync("/api/organizer/results/units", new { units = new[] { "khong-co-don-vi-nay" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknownUnit.StatusCode);
        var awards = await picked.ReadAs<List<UnitAwardView>>();
        var unitB = Assert.Single(awards, a => a.UnitId == ResultsStack.UnitB);
        Assert.Equal((5, 4, false, 3, true), (unitB.Minimum, unitB.Entries, unitB.MetMinimum, unitB.InFinalRound, unitB.Awarded));
        Assert.Equal(board.Tiers.SelectMany(t => t.Entries).Count(e => results.Finalists.IndexOf(e.EntryId) % 2 == 1), unitB.Prizes);
        var workbook = await (await organizer.GetAsync("/api/organizer/results/export")).Content.ReadAsByteArrayAsync();
        var prizes = Spreadsheets.Read(new MemoryStream(workbook));
        var unitSheet = Spreadsheets.Read(new MemoryStream(workbook), sheetIndex: 1);
        Assert.Equal(["Giải Nhất", "3000000", null, f[0]], prizes[1].Take(4).Select((v, i) => i == 2 ? null : v));
        Assert.Equal("<script>alert(1)</script> Người giữ rừng", prizes[1][4]);
        Assert.Equal(results.AuthorOf[f[0]], prizes[1][5]);
        Assert.Equal(1 + 5, prizes.Count);
        Assert.Contains(unitSheet, row => row[0] == ResultsStack.UnitB && row[^1] == "Đề nghị khen thưởng");

        // Publishing while submissions are open is refused without a reason too; once they close none is needed.
        var publishWhileOpen = await organizer.PostAsJsonAsync("/api/organizer/results/publish", new { at = "" });
        Assert.Equal(HttpStatusCode.Conflict, publishWhileOpen.StatusCode);
        Assert.Equal("Cuộc thi còn đang nhận bài", (await publishWhileOpen.ReadProblem()).Title);
        Assert.True((await ResultsStack.BoardAsync(organizer)).SubmissionsOpen);
        results.CloseSubmissions();
        Assert.False((await ResultsStack.BoardAsync(organizer)).SubmissionsOpen);

        // Published at a chosen time: still 404 before it, the tiers after; publishing again is refused.
        var at = results.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).AddHours(1);
        var published = await organizer.PostAsJsonAsync("/api/organizer/results/publish", new { at = at.ToString("yyyy-MM-ddTHH:mm") });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var twice = await organizer.PostAsJsonAsync("/api/organizer/results/publish", new { at = "" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("Kết quả đã được công bố", (await twice.ReadProblem()).Title);
        Assert.Equal(HttpStatusCode.NotFound, (await results.Stack.Http.GetAsync("/api/results")).StatusCode);
        var lookupBefore = await results.Stack.Http.GetFromJsonAsync<EntryResultView>($"/api/results/entries/{f[0]}?receipt={results.ReceiptOf[f[0]]}");
        Assert.False(lookupBefore!.Published);
        results.Clock.Advance(TimeSpan.FromHours(2));
        var publicResults = await (await results.Stack.Http.GetAsync("/api/results")).ReadAs<PublicResultsView>();
        Assert.Equal(["Giải Nhất", "Giải Nhì", "Giải Ba"], publicResults.Tiers.Select(t => t.Name));
        var first = Assert.Single(publicResults.Tiers[0].Prizes);
        Assert.Equal(results.AuthorOf[f[0]], first.Authors);
        Assert.Equal($"Đơn vị thử {ResultsStack.UnitA}", first.Unit);
        Assert.Equal(new EntryResultView(true, "Giải Nhất"),
            await results.Stack.Http.GetFromJsonAsync<EntryResultView>($"/api/results/entries/{f[0]}?receipt={results.ReceiptOf[f[0]]}"));
        Assert.Equal(new EntryResultView(true, null),
            await results.Stack.Http.GetFromJsonAsync<EntryResultView>($"/api/results/entries/{f[2]}?receipt={results.ReceiptOf[f[2]]}"));

        // Telling people: the confirmation's count comes first and sends nothing; then one e-mail per entrant and
        // per unit; a second run sends nothing new.
        Assert.Equal(new ResultsRecipientsView(8, 2, 0), await (await organizer.GetAsync("/api/organizer/results/recipients")).ReadAs<ResultsRecipientsView>());
        Assert.DoesNotContain(results.Stack.Outbox.Messages, m => m.Subject.StartsWith("Chúc mừng") || m.Subject.StartsWith("Cảm ơn"));
        var run = await (await organizer.PostAsync("/api/organizer/results/notify", null)).ReadAs<ResultsNotificationView>();
        var again = await (await organizer.PostAsync("/api/organizer/results/notify", null)).ReadAs<ResultsNotificationView>();
        Assert.Equal(new ResultsNotificationView(8 + 2, 0, 0, 0), run);
        Assert.Equal(new ResultsNotificationView(0, 0, 8 + 2, 0), again);
        var mails = results.Stack.Outbox.Messages.Where(m => m.Subject.StartsWith("Chúc mừng") || m.Subject.StartsWith("Cảm ơn") || m.Subject.StartsWith("Kết quả cuộc thi")).ToList();
        Assert.Equal(10, mails.Count);
        Assert.Equal(10, mails.Select(m => m.To[0]).Distinct().Count());
        var winnerMail = Assert.Single(mails, m => m.To[0] == "tacgia.kq1@example.org");
        Assert.Contains("Giải Nhất", winnerMail.Subject);
        Assert.Contains("&lt;script&gt;", winnerMail.Html);
        Assert.DoesNotContain("<script>", winnerMail.Html);
        Assert.Single(mails, m => m.To[0] == $"{ResultsStack.UnitB}@example.org");
    }
}
