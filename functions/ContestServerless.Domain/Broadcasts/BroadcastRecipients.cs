using System.Globalization;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Templates;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Broadcasts;

/// <summary>
/// Who an audience is, now, in the scope's contest: units and their focal points from its register (lagging as the
/// reminders count it), authors from its entries, judges from its rounds. Nobody of another contest is ever among
/// them: entrants are written to only about the contest they entered (Law 91/2025/QH15, purpose limitation).
/// Addresses are lower-cased and each appears once.
/// </summary>
public sealed class BroadcastRecipientList(ReminderPlanner planner, IUnitRegister units, IEntryStore entries, IRoundStore rounds, IResultsStore results, IStaffList staff)
{
    public async Task<Result<IReadOnlyList<BroadcastRecipient>>> ResolveAsync(BroadcastAudience audience, string? group, string? roundId, ContestRecord contest,
        string siteUrl, CancellationToken cancellationToken)
    {
        var common = TemplateValues.Common(contest.Settings);
        common[Placeholders.Deadline] = VietnamTime.DateTime(contest.Settings.SubmissionClosesAt);
        common[Placeholders.Link] = new Uri(new Uri(siteUrl), contest.Page("/")).AbsoluteUri;
        var register = (await units.ListAsync(cancellationToken)).Where(u => u.Active).ToList();

        switch (audience)
        {
            case BroadcastAudience.UnitsWithoutEntry or BroadcastAudience.AllUnits or BroadcastAudience.UnitGroup:
            {
                if (audience == BroadcastAudience.UnitGroup && !contest.Settings.UnitGroups.Any(g => g.Id == group))
                    return Problem.InvalidField("group", "Vui lòng chọn một khối đơn vị của cuộc thi.");
                var tallies = (await entries.GetTalliesAsync([.. register.Select(u => u.Id)], cancellationToken)).ToDictionary(t => t.UnitId, t => t.ReceivedEntries);
                var chosen = register.Where(u => audience switch
                {
                    BroadcastAudience.UnitsWithoutEntry => tallies.GetValueOrDefault(u.Id) == 0,
                    BroadcastAudience.UnitGroup => u.Group == group,
                    _ => true,
                });
                return ToUnits(chosen.Select(u => (u, tallies.GetValueOrDefault(u.Id))), common);
            }
            case BroadcastAudience.LaggingUnits:
            {
                var today = await planner.TodayAsync(cancellationToken);
                return ToUnits(today.Lagging.Where(l => l.Unit.Active).Select(l => (l.Unit, l.Entries)), common);
            }
            case BroadcastAudience.FocalPoints:
                return Distinct(register.SelectMany(u => u.FocalPoints.Where(f => f.Email.Length > 0).Select(f =>
                    new BroadcastRecipient("", f.Email, f.Name, With(common, (Placeholders.Addressee, TemplateValues.Addressee(f.Name, u.Name)), (Placeholders.UnitName, u.Name)))
                    { UnitId = u.Id })));
            case BroadcastAudience.Entrants:
                return Distinct((await ReceivedAsync(cancellationToken)).Select(e => ToAuthor(e, common, register)));
            case BroadcastAudience.Shortlisted:
            {
                var ids = (await rounds.ListAsync(cancellationToken)).SelectMany(r => r.Shortlist).ToHashSet(StringComparer.Ordinal);
                return Distinct(await AuthorsOfAsync(ids, common, register, cancellationToken));
            }
            case BroadcastAudience.Winners:
            {
                var approval = (await results.GetAsync(cancellationToken)).Approval;
                var ids = approval?.Proposal.Placed.Select(p => p.Entry.Candidate.EntryId).ToHashSet(StringComparer.Ordinal) ?? [];
                return Distinct(await AuthorsOfAsync(ids, common, register, cancellationToken));
            }
            case BroadcastAudience.Judges:
            {
                if (string.IsNullOrWhiteSpace(roundId) || await rounds.FindAsync(roundId, cancellationToken) is not { } round)
                    return Problem.InvalidField("roundId", "Vui lòng chọn một vòng chấm của cuộc thi.");
                var names = (await staff.ListAsync(cancellationToken)).ToDictionary(m => m.Email, m => m.Name, StringComparer.OrdinalIgnoreCase);
                var judging = With(common, (Placeholders.Link, $"{siteUrl.TrimEnd('/')}/judge/"));
                return Distinct(round.JudgeEmails.Select(email =>
                {
                    var name = names.GetValueOrDefault(email) ?? "";
                    return new BroadcastRecipient("", email, name, With(judging, (Placeholders.Addressee, name.Length > 0 ? name : "Ông/Bà")));
                }));
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(audience));
        }
    }

    private Result<IReadOnlyList<BroadcastRecipient>> ToUnits(IEnumerable<(Unit Unit, int Entries)> chosen, IReadOnlyDictionary<string, string> common) =>
        new([.. chosen.Where(c => c.Unit.FocalPoints.Any(f => f.Email.Length > 0)).OrderBy(c => c.Unit.Id, StringComparer.Ordinal).Select(c =>
        {
            var to = c.Unit.FocalPoints.Where(f => f.Email.Length > 0).ToList();
            return new BroadcastRecipient("unit-" + c.Unit.Id, to[0].Email, to[0].Name, With(common,
                (Placeholders.Addressee, TemplateValues.Addressee(to[0].Name, c.Unit.Name)),
                (Placeholders.UnitName, c.Unit.Name),
                (Placeholders.Count, c.Entries.ToString(CultureInfo.InvariantCulture)),
                (Placeholders.Link, planner.PortalOf(c.Unit).AbsoluteUri)))
            {
                UnitId = c.Unit.Id,
                Cc = [.. to.Skip(1).Select(f => new Mail.MailAddress(f.Email, f.Name))],
            };
        })], null);

    private static BroadcastRecipient ToAuthor(Entry entry, IReadOnlyDictionary<string, string> common, IReadOnlyList<Unit> register) =>
        new("", entry.Author.Email, entry.Author.FullName, With(common,
            (Placeholders.Addressee, $"Ông/Bà {entry.Author.FullName}"),
            (Placeholders.UnitName, register.FirstOrDefault(u => u.Id == entry.UnitId)?.Name ?? "")))
        { UnitId = entry.UnitId, EntryId = entry.Id };

    private async Task<IEnumerable<BroadcastRecipient>> AuthorsOfAsync(IReadOnlySet<string> ids, IReadOnlyDictionary<string, string> common,
        IReadOnlyList<Unit> register, CancellationToken cancellationToken)
    {
        var found = new List<BroadcastRecipient>();
        foreach (var id in ids.Order(StringComparer.Ordinal))
            if ((await entries.FindAsync(id, cancellationToken))?.Entry is { IsReceived: true } entry && entry.Author.Email.Length > 0)
                found.Add(ToAuthor(entry, common, register));
        return found;
    }

    private async Task<List<Entry>> ReceivedAsync(CancellationToken cancellationToken)
    {
        var all = new List<Entry>();
        string? token = null;
        do
        {
            var page = await entries.QueryAsync(new EntryFilter(null, null, EntryStatus.Received, null, null, null), token, 1000, cancellationToken);
            if (page is null) break;
            all.AddRange(page.Entries.Where(e => e.Author.Email.Length > 0));
            token = page.NextPageToken;
        } while (token is not null);
        return all;
    }

    /// <summary>One message per address, keyed by the address, so two entries of one author make one e-mail.</summary>
    private static Result<IReadOnlyList<BroadcastRecipient>> Distinct(IEnumerable<BroadcastRecipient> recipients) =>
        new([.. recipients.GroupBy(r => r.Email.Trim().ToLowerInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First() with { Key = "to-" + Uri.EscapeDataString(g.Key), Email = g.Key })], null);

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> common, params (string Name, string Value)[] values)
    {
        var all = new Dictionary<string, string>(common);
        foreach (var (name, value) in values) all[name] = value;
        return all;
    }
}
