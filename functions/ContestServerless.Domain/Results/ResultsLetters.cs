using System.Net;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Results;

/// <summary>
/// Who is told the results and what each is told: every entrant whose entry was judged in any round (congratulations
/// with the tier, or thanks) and each of their units' focal points. Only once the results are public.
/// </summary>
public sealed class ResultsLetters(
    IResultsStore store,
    IRoundStore rounds,
    IEntryStore entries,
    IUnitRegister units,
    ContestRecord contestRecord,
    ReminderOptions reminderOptions)
{
    private ContestOptions Contest => contestRecord.Settings;

    /// <summary>The letters owed at <paramref name="now"/>; refused before the results are public.</summary>
    public async Task<Result<ResultsLetterBatch>> ComposeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(cancellationToken);
        if (state.PublishedApprovalAt(now) is not { } approval)
            return new Problem(ProblemKind.Conflict, "Kết quả chưa được công bố", "Chỉ gửi thông báo sau khi kết quả đã được công bố.");
        var tierOf = approval.Proposal.Placed.ToDictionary(p => p.Entry.Candidate.EntryId, p => p.Tier.Tier.Name);
        var all = await JudgedEntriesAsync(cancellationToken);
        var page = new Uri(new Uri(reminderOptions.SiteUrl), contestRecord.Page("/ket-qua.html"));

        var letters = new List<ResultsLetter>();
        var noAddress = 0;
        foreach (var entry in all)
        {
            if (entry.Author.Email.Length == 0) { noAddress++; continue; }
            letters.Add(new ResultsLetter(MailLogPartitions.EntrantResults, entry.Id, () => ResultsEmail.ToEntrant(entry, tierOf.GetValueOrDefault(entry.Id), Contest, page)));
        }
        var register = (await units.ListAsync(cancellationToken)).ToDictionary(u => u.Id);
        foreach (var group in all.GroupBy(e => e.UnitId))
        {
            if (!register.TryGetValue(group.Key, out var unit)) continue;
            var hasAddress = unit.FocalPoints.Any(f => f.Email.Length > 0);
            letters.Add(new ResultsLetter(unit.Id, MailLogPartitions.UnitResultsKey, hasAddress
                ? () => ResultsEmail.ToUnit(unit, [.. group.Select(e => (e, tierOf.GetValueOrDefault(e.Id)))], state.AwardedUnits.Contains(unit.Id), Contest, page)
                : null));
        }
        return new ResultsLetterBatch(letters, noAddress);
    }

    /// <summary>
    /// Who the letters would go to, counted without sending or claiming anything, so the organizer's confirmation can
    /// say how many people will get an e-mail. E-mails already sent are counted too: a run skips them.
    /// </summary>
    public async Task<ResultsRecipients> RecipientsAsync(CancellationToken cancellationToken)
    {
        var all = await JudgedEntriesAsync(cancellationToken);
        var register = (await units.ListAsync(cancellationToken)).ToDictionary(u => u.Id);
        var unitsWithAddress = all.Select(e => e.UnitId).Distinct()
            .Count(id => register.TryGetValue(id, out var unit) && unit.FocalPoints.Any(f => f.Email.Length > 0));
        var entrants = all.Count(e => e.Author.Email.Length > 0);
        return new ResultsRecipients(entrants, unitsWithAddress, all.Count - entrants);
    }

    /// <summary>Every entry that was sealed into any round: the people the results e-mails are about.</summary>
    private async Task<List<Entry>> JudgedEntriesAsync(CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>();
        foreach (var round in await rounds.ListAsync(cancellationToken))
            foreach (var sealedEntry in await rounds.EntriesAsync(round.Id, cancellationToken)) ids.Add(sealedEntry.EntryId);
        var all = new List<Entry>();
        foreach (var id in ids.Order(StringComparer.Ordinal))
            if ((await entries.FindAsync(id, cancellationToken))?.Entry is { } entry) all.Add(entry);
        return all;
    }
}

/// <summary>One results e-mail owed once, under its claim row; <see cref="Compose"/> is null when the unit has nobody to write to.</summary>
public sealed record ResultsLetter(string Partition, string Key, Func<MailMessage>? Compose);

/// <summary>The letters of one run, and the entrants left out because they gave no address.</summary>
public sealed record ResultsLetterBatch(IReadOnlyList<ResultsLetter> Letters, int NoAddress);

/// <summary>
/// Whom the results e-mails go to: entrants with an e-mail address, units with a focal point's address, and entrants
/// nobody can write to. Counted before sending, for the confirmation that says how many people will be told.
/// </summary>
public sealed record ResultsRecipients(int Entrants, int Units, int NoAddress);

/// <summary>The results e-mails: to an entrant (congratulations with the tier, or thanks) and to a unit's focal points.</summary>
public static class ResultsEmail
{
    public static MailMessage ToEntrant(Entry entry, string? tierName, ContestOptions contest, Uri resultsPage)
    {
        var greeting = $"Kính gửi Ông/Bà {entry.Author.FullName},";
        var body = tierName is null
            ? $"Ban Tổ chức {contest.Name} trân trọng cảm ơn Ông/Bà đã tham gia cuộc thi với bài dự thi “{entry.Title}” (mã {entry.Id}). Bài dự thi không nằm trong danh sách đạt giải."
            : $"Ban Tổ chức {contest.Name} trân trọng chúc mừng Ông/Bà: bài dự thi “{entry.Title}” (mã {entry.Id}) đạt {tierName}.";
        var more = $"Kết quả chi tiết được công bố tại {resultsPage}.";
        var subject = tierName is null ? "Cảm ơn Ông/Bà đã tham gia cuộc thi" : $"Chúc mừng bài dự thi đạt {tierName}";
        return Compose(entry.Author.Email, entry.Author.FullName, subject, [greeting, body, more, contest.Organizer]) with
        {
            UnitId = entry.UnitId,
            EntryId = entry.Id,
        };
    }

    public static MailMessage ToUnit(Unit unit, IReadOnlyList<(Entry Entry, string? TierName)> entries, bool awarded, ContestOptions contest, Uri resultsPage)
    {
        var to = unit.FocalPoints.Where(f => f.Email.Length > 0).ToList();
        var lines = new List<string>
        {
            $"Kính gửi cán bộ đầu mối của {unit.Name},",
            $"Ban Tổ chức {contest.Name} xin thông báo kết quả các bài dự thi của đơn vị ({entries.Count} bài):",
        };
        lines.AddRange(entries.Select(e => $"- “{e.Entry.Title}” ({e.Entry.Author.FullName}): {e.TierName ?? "không đạt giải"}"));
        var prizes = entries.Count(e => e.TierName is not null);
        lines.Add($"Đơn vị có {prizes} bài đạt giải.");
        if (awarded) lines.Add("Đơn vị được Ban Tổ chức đề nghị khen thưởng tập thể (giải tập thể).");
        lines.Add($"Kết quả chi tiết được công bố tại {resultsPage}.");
        lines.Add(contest.Organizer);
        return Compose(to[0].Email, to[0].Name, $"Kết quả cuộc thi của {unit.Name}", lines) with
        {
            UnitId = unit.Id,
            Cc = [.. to.Skip(1).Select(f => new MailAddress(f.Email, f.Name))],
        };
    }

    private static MailMessage Compose(string email, string name, string subject, IReadOnlyList<string> paragraphs)
    {
        // Titles and names are whatever people typed: encoded in the HTML part so markup shows as text.
        var html = string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
        return new MailMessage(email, name, subject, string.Join("\n\n", paragraphs), html) { Kind = MessageKind.Results };
    }
}
