using System.Globalization;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Templates;
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
    public async Task<Result<ResultsLetterBatch>> ComposeAsync(DateTimeOffset now, ResultsWording wording, CancellationToken cancellationToken)
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
            letters.Add(new ResultsLetter(MailLogPartitions.EntrantResults, entry.Id, () => ResultsEmail.ToEntrant(entry, tierOf.GetValueOrDefault(entry.Id), Contest, page, wording.Entrant)));
        }
        var register = (await units.ListAsync(cancellationToken)).ToDictionary(u => u.Id);
        foreach (var group in all.GroupBy(e => e.UnitId))
        {
            if (!register.TryGetValue(group.Key, out var unit)) continue;
            var hasAddress = unit.FocalPoints.Any(f => f.Email.Length > 0);
            letters.Add(new ResultsLetter(unit.Id, MailLogPartitions.UnitResultsKey, hasAddress
                ? () => ResultsEmail.ToUnit(unit, [.. group.Select(e => (e, tierOf.GetValueOrDefault(e.Id)))], state.AwardedUnits.Contains(unit.Id), Contest, page, wording.Unit)
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

/// <summary>The contest's results templates, read once per run; null for a kind that sends its default.</summary>
public sealed record ResultsWording(MailTemplate? Entrant, MailTemplate? Unit)
{
    public static readonly ResultsWording Default = new(null, null);
}

/// <summary>The results e-mails: to an entrant (congratulations with the tier, or thanks) and to a unit's focal points.</summary>
public static class ResultsEmail
{
    public static MailMessage ToEntrant(Entry entry, string? tierName, ContestOptions contest, Uri resultsPage, MailTemplate? template = null)
    {
        var rendered = template.Render(TemplateKind.ResultsEntrant, EntrantValues(entry, tierName, contest, resultsPage));
        return new MailMessage(entry.Author.Email, entry.Author.FullName, rendered.Subject, rendered.PlainText, rendered.Html)
        {
            Kind = MessageKind.Results,
            UnitId = entry.UnitId,
            EntryId = entry.Id,
        };
    }

    /// <summary>The entrant's results template's fields; the preview fills them from a real entry too.</summary>
    public static Dictionary<string, string> EntrantValues(Entry entry, string? tierName, ContestOptions contest, Uri resultsPage) =>
        new(TemplateValues.Common(contest))
        {
            [Placeholders.AuthorName] = entry.Author.FullName,
            [Placeholders.EntryId] = entry.Id,
            [Placeholders.Title] = entry.Title,
            ["giai"] = tierName ?? "không đạt giải",
            ["tieu_de_ket_qua"] = tierName is null ? "Cảm ơn Ông/Bà đã tham gia cuộc thi" : $"Chúc mừng bài dự thi đạt {tierName}",
            ["ket_qua"] = tierName is null
                ? $"Ban Tổ chức {contest.Name} trân trọng cảm ơn Ông/Bà đã tham gia cuộc thi với bài dự thi “{entry.Title}” (mã {entry.Id}). Bài dự thi không nằm trong danh sách đạt giải."
                : $"Ban Tổ chức {contest.Name} trân trọng chúc mừng Ông/Bà: bài dự thi “{entry.Title}” (mã {entry.Id}) đạt {tierName}.",
            [Placeholders.Link] = resultsPage.AbsoluteUri,
        };

    public static MailMessage ToUnit(Unit unit, IReadOnlyList<(Entry Entry, string? TierName)> entries, bool awarded, ContestOptions contest, Uri resultsPage,
        MailTemplate? template = null)
    {
        var to = unit.FocalPoints.Where(f => f.Email.Length > 0).ToList();
        var rendered = template.Render(TemplateKind.ResultsUnit, UnitValues(unit, entries, awarded, contest, resultsPage));
        return new MailMessage(to[0].Email, to[0].Name, rendered.Subject, rendered.PlainText, rendered.Html)
        {
            Kind = MessageKind.Results,
            UnitId = unit.Id,
            Cc = [.. to.Skip(1).Select(f => new MailAddress(f.Email, f.Name))],
        };
    }

    /// <summary>The unit's results template's fields; the preview fills them from a real unit too.</summary>
    public static Dictionary<string, string> UnitValues(Unit unit, IReadOnlyList<(Entry Entry, string? TierName)> entries, bool awarded, ContestOptions contest,
        Uri resultsPage) =>
        new(TemplateValues.Common(contest))
        {
            [Placeholders.UnitName] = unit.Name,
            [Placeholders.Count] = entries.Count.ToString(CultureInfo.InvariantCulture),
            ["danh_sach_bai"] = string.Join("\n", entries.Select(e => $"- “{e.Entry.Title}” ({e.Entry.Author.FullName}): {e.TierName ?? "không đạt giải"}")),
            ["so_bai_dat_giai"] = entries.Count(e => e.TierName is not null).ToString(CultureInfo.InvariantCulture),
            ["khen_thuong"] = awarded ? "Đơn vị được Ban Tổ chức đề nghị khen thưởng tập thể (giải tập thể)." : "",
            [Placeholders.Link] = resultsPage.AbsoluteUri,
        };
}
