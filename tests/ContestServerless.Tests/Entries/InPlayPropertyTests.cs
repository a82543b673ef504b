using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Privacy;
using ContestServerless.Functions.Entries;
using ContestServerless.Tests.Judging;
using ContestServerless.Tests.Privacy;
using CsCheck;

namespace ContestServerless.Tests.Entries;

/// <summary>
/// The one rule for what is in play, tried with random sequences of what organizers, focal points and entrants do to a
/// unit's entries (enter online or hand in on paper, screen, withdraw, erase at the entrant's request, exclude or keep,
/// mark or clear a copy): after every step the unit's tally equals a recount of its entries in play, and no judge holds
/// an entry out of play.
/// </summary>
public sealed class InPlayPropertyTests(JudgingStack judging) : IClassFixture<JudgingStack>
{
    private enum Act { Enter, HandIn, Withdraw, Erase, MarkCopy, ClearCopy, Forward, HoldBack, Unscreen, Exclude, Keep }

    private sealed record Step(Act Act, int Entry, int Other)
    {
        public override string ToString() => $"{Act}({Entry},{Other})";
    }

    private static readonly Gen<Step> StepGen =
        Gen.Select(Gen.Enum<Act>(), Gen.Int[0, 5], Gen.Int[0, 5], (act, entry, other) => new Step(act, entry, other));

    /// <summary>Every sequence starts with an entry sent online and one handed in, so most steps have something to act on and a copy has an original.</summary>
    private static readonly Gen<List<Step>> Sequences = StepGen.List[4, 10].Select(steps => (List<Step>)[new Step(Act.Enter, 0, 0), new Step(Act.HandIn, 0, 0), .. steps]);

    private ContestStack Stack => judging.Stack;

    [Fact]
    public async Task After_any_sequence_of_actions_tallies_equal_a_recount_and_no_judge_holds_an_entry_out_of_play()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var run = 0;
        await Sequences.SampleAsync(async steps =>
        {
            var unitId = await TestUnits.AddAsync(organizer, $"tly-{Interlocked.Increment(ref run)}-{Guid.NewGuid():N}"[..20]);
            using var portal = TestUnits.Portal(Stack, await TestUnits.LinkTokenAsync(organizer, unitId));
            var entries = new List<EntrantClient>();
            foreach (var step in steps)
            {
                await ApplyAsync(step, unitId, entries, organizer, portal);
                await AssertTallyIsARecountAsync(unitId);
                await AssertNoJudgeHoldsAnEntryOutOfPlayAsync(entries);
            }
        }, iter: 20, threads: 1);
    }

    private async Task ApplyAsync(Step step, string unitId, List<EntrantClient> entries, HttpClient organizer, HttpClient portal)
    {
        if (step.Act == Act.Enter)
        {
            entries.Add(await EntrantClient.EnterAsync(Stack, unitId, $"Bài thử số {entries.Count + 1}", WordFiles.Essay("Một tấm gương người tốt việc tốt.", "Người Viết Khác")));
            (await organizer.PostAsync($"/api/organizer/rounds/{judging.RoundId}/assignments", null)).EnsureSuccessStatusCode();
            return;
        }
        if (step.Act == Act.HandIn)
        {
            entries.Add(await HandInAsync(unitId, portal));
            (await organizer.PostAsync($"/api/organizer/rounds/{judging.RoundId}/assignments", null)).EnsureSuccessStatusCode();
            return;
        }
        if (entries.Count == 0) return;
        var index = step.Entry % entries.Count;
        var entry = entries[index];
        // Another entry whenever there is one, or most copy marks would be refused as a copy of itself and few cleared.
        var other = entries.Count == 1 ? entry : entries[(index + 1 + step.Other % (entries.Count - 1)) % entries.Count];
        // Refusals (a copy of itself, screening a withdrawn entry, deciding an unflagged one) are part of the sequence too.
        _ = step.Act switch
        {
            Act.Withdraw => await entry.WithdrawAsync(),
            Act.Erase => await EraseAsync(organizer, entry),
            Act.MarkCopy => await organizer.PostAsJsonAsync($"/api/organizer/entries/{entry.Id}/duplicate", new { copyOf = other.Id, reason = "Trùng tệp" }),
            Act.ClearCopy => await organizer.DeleteAsync($"/api/organizer/entries/{entry.Id}/duplicate"),
            Act.Forward => await portal.PostAsJsonAsync($"/api/unit/entries/{entry.Id}/screening", new { decision = "forward" }),
            Act.HoldBack => await portal.PostAsJsonAsync($"/api/unit/entries/{entry.Id}/screening", new { decision = "hold", reason = "Chưa đúng chủ đề" }),
            Act.Unscreen => await portal.PostAsJsonAsync($"/api/unit/entries/{entry.Id}/screening", new { decision = "none" }),
            Act.Exclude => await DecideAsync(organizer, entry.Id, "exclude"),
            Act.Keep => await DecideAsync(organizer, entry.Id, "keep"),
            _ => throw new ArgumentOutOfRangeException(nameof(step)),
        };
    }

    /// <summary>The unit's focal point hands in an essay collected on paper, as the portal does.</summary>
    private async Task<EntrantClient> HandInAsync(string unitId, HttpClient portal)
    {
        var essay = WordFiles.Essay("Một tấm gương được đơn vị thu trên giấy.", "Người Viết Khác");
        var created = await portal.PostAsJsonAsync("/api/unit/entries", Entrant.HandedIn(Entrant.Form("bai-du-thi.docx", essay.Length, unitId, email: null)));
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var ticket = await created.ReadAs<UploadTicketView>();
        (await Entrant.UploadAsync(new Uri(ticket.UploadUrl), essay)).EnsureSuccessStatusCode();
        var entrant = new Entrant(Stack.Http);
        entrant.Remember(ticket.Id, ticket.SubmitKey);
        var receipt = await (await entrant.SubmitAsync(ticket.Id)).ReadAs<ReceiptView>();
        return new EntrantClient(Stack.Http, receipt.Id, receipt.ReceiptCode);
    }

    /// <summary>
    /// The entrant asks for erasure after closing (filed through the service on a clock past closing, as the request
    /// form is refused before it) and the organizers grant it; a request the entry cannot take is part of the sequence.
    /// </summary>
    private async Task<HttpResponseMessage?> EraseAsync(HttpClient organizer, EntrantClient entry)
    {
        var afterClosing = ActivatorUtilities.CreateInstance<EntrantDataService>(Stack.Services,
            ActivatorUtilities.CreateInstance<EntrantAccess>(Stack.Services, new FakeTimeProvider(judging.Clock.GetUtcNow().AddDays(31))));
        var filed = await afterClosing.FileRequestAsync(entry.Id, entry.Code, new PrivacyRequestForm("erasure", "Tôi muốn xóa thông tin cá nhân."),
            new PublicCaller("127.0.0.1"), CancellationToken.None);
        return filed.Value is { } request
            ? await organizer.PostAsJsonAsync($"/api/organizer/privacy/requests/{request.Id}/decision", new { decision = "granted", reason = "Xóa theo yêu cầu của tác giả." })
            : null;
    }

    /// <summary>Flags the entry as the staff check would, then the organizers decide.</summary>
    private async Task<HttpResponseMessage> DecideAsync(HttpClient organizer, string entryId, string decision)
    {
        var store = Stack.Services.GetRequiredService<IEntryStore>();
        if (await store.FindAsync(entryId, CancellationToken.None) is { Entry.Eligibility.IsFlagged: false } stored)
        {
            stored.Entry.Flag(["Tác giả trùng tên cán bộ Ban Tổ chức"]);
            await store.SaveAsync(stored.Entry, stored.Version, CancellationToken.None);
        }
        return await organizer.PostAsJsonAsync($"/api/organizer/entries/{entryId}/eligibility", new { decision, reason = "Đã xác minh" });
    }

    private async Task AssertTallyIsARecountAsync(string unitId)
    {
        var store = Stack.Services.GetRequiredService<IEntryStore>();
        var inPlay = new List<Entry>();
        var page = (await store.QueryAsync(EntryFilter.AllReceived with { UnitIds = [unitId] }, null, 100, CancellationToken.None))!;
        // The rule written out, not read from Entry.InPlay: received, and neither a copy nor excluded.
        inPlay.AddRange(page.Entries.Where(e => e.Status == EntryStatus.Received && e.CopyOf is null && e.Eligibility.Decision != EligibilityDecision.Excluded));

        var tally = await store.GetTallyAsync(unitId, CancellationToken.None);

        Assert.Equal(
            (inPlay.Count, inPlay.Count(e => e.Screening == Screening.Forwarded), inPlay.Count(e => e.Screening == Screening.HeldBack), inPlay.Count(e => e.HandedInBy is not null)),
            (tally.ReceivedEntries, tally.Forwarded, tally.HeldBack, tally.HandedIn));
        Assert.Equal(
            inPlay.GroupBy(e => e.MovementId).ToDictionary(g => g.Key, g => g.Count()),
            tally.ByMovement.Where(m => m.Value != 0).ToDictionary());
        Assert.Equal(
            inPlay.GroupBy(e => VietnamTimeDay(e)).ToDictionary(g => g.Key, g => g.Count()),
            tally.ByDay.Where(d => d.Value != 0).ToDictionary());
    }

    private static DateOnly VietnamTimeDay(Entry entry) => Domain.Common.VietnamTime.Day(entry.ReceivedAt!.Value);

    private async Task AssertNoJudgeHoldsAnEntryOutOfPlayAsync(List<EntrantClient> entries)
    {
        var store = Stack.Services.GetRequiredService<IEntryStore>();
        var scores = (await Stack.Services.GetRequiredService<IScoreStore>().ListAsync(judging.RoundId, CancellationToken.None)).Select(s => s.Score.EntryId).ToHashSet();
        foreach (var client in entries)
        {
            var entry = (await store.FindAsync(client.Id, CancellationToken.None))!.Entry;
            if (entry.Status == EntryStatus.Received && entry.CopyOf is null && entry.Eligibility.Decision != EligibilityDecision.Excluded) continue;
            Assert.DoesNotContain(entry.Id, scores);
            var sealedEntry = await Stack.Services.GetRequiredService<IRoundStore>().FindEntryAsync(judging.RoundId, entry.Id, CancellationToken.None);
            Assert.True(sealedEntry is null or { LeftPlayAt: not null, CopyBlobName: null, ReadyForJudges: false }, $"Entry {entry.Id} is still sealed for judges.");
        }
    }
}
