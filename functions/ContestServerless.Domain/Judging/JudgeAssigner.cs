namespace ContestServerless.Domain.Judging;

/// <summary>
/// Places every entry of a round with k distinct judges who have no conflict with it, keeping loads as even as the
/// conflicts allow. Deterministic for the same input, so running it twice adds nothing the second time.
/// </summary>
/// <remarks>
/// Greedy, most constrained entry first (fewest eligible judges for what it still needs), each slot to the least
/// loaded eligible judge; then a repair pass moves newly added pairs from the busiest judge to an idle one while the
/// spread is over one. Existing pairs (a judge may already have scored them) are never moved. For 2,500 entries and
/// 15 judges this is milliseconds (see script/bench judging), so no flow solver is needed.
/// </remarks>
public static class JudgeAssigner
{
    /// <param name="panels">Optional panel per movement (movement id → judge e-mails); a movement without a panel may go to any judge.</param>
    public static AssignmentPlan Plan(
        IReadOnlyList<Candidate> entries,
        IReadOnlyList<Judge> judges,
        int judgesPerEntry,
        IReadOnlyCollection<Assignment> existing,
        ConflictRules conflicts,
        IReadOnlyDictionary<string, IReadOnlySet<string>>? panels = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(judgesPerEntry, 1);
        var byEmail = judges.DistinctBy(j => Key(j.Email)).ToDictionary(j => Key(j.Email));
        var load = byEmail.Keys.ToDictionary(e => e, _ => 0);
        var onEntry = entries.ToDictionary(e => e.EntryId, _ => new HashSet<string>());
        foreach (var pair in existing)
        {
            if (!onEntry.TryGetValue(pair.EntryId, out var set) || !set.Add(Key(pair.JudgeEmail))) continue;
            if (load.ContainsKey(Key(pair.JudgeEmail))) load[Key(pair.JudgeEmail)]++;
        }

        var eligible = entries.ToDictionary(e => e.EntryId, e => byEmail.Values
            .Where(j => InPanel(panels, e.MovementId, j) && conflicts.Between(j, e) == Conflict.None)
            .Select(j => Key(j.Email))
            .OrderBy(email => email, StringComparer.Ordinal)
            .ToList());

        var added = new List<Assignment>();
        var unplaced = new List<Unplaced>();
        var order = entries
            .Select(e => (Entry: e, Need: Math.Max(0, judgesPerEntry - onEntry[e.EntryId].Count)))
            .Where(x => x.Need > 0)
            .OrderBy(x => eligible[x.Entry.EntryId].Count(j => !onEntry[x.Entry.EntryId].Contains(j)) - x.Need)
            .ThenBy(x => x.Entry.EntryId, StringComparer.Ordinal);
        foreach (var (entry, need) in order)
        {
            var chosen = eligible[entry.EntryId]
                .Where(j => !onEntry[entry.EntryId].Contains(j))
                .OrderBy(j => load[j])
                .ThenBy(j => Tiebreak(entry.EntryId, j))
                .Take(need)
                .ToList();
            foreach (var judge in chosen)
            {
                onEntry[entry.EntryId].Add(judge);
                load[judge]++;
                added.Add(new Assignment(entry.EntryId, byEmail[judge].Email));
            }
            if (chosen.Count < need)
                unplaced.Add(new Unplaced(entry.EntryId, need - chosen.Count,
                    $"Chỉ có {chosen.Count + judgesPerEntry - need} giám khảo không vướng xung đột với bài này, cần {judgesPerEntry}."));
        }

        Rebalance(added, load, eligible, onEntry, byEmail);
        return new AssignmentPlan(added, load, unplaced, IsBalanced(load, panels));
    }

    /// <summary>Moves added pairs from the busiest judges to the idlest eligible ones until no move narrows the spread.</summary>
    private static void Rebalance(
        List<Assignment> added,
        Dictionary<string, int> load,
        Dictionary<string, List<string>> eligible,
        Dictionary<string, HashSet<string>> onEntry,
        Dictionary<string, Judge> byEmail)
    {
        var moved = true;
        while (moved)
        {
            moved = false;
            foreach (var busy in load.Keys.OrderByDescending(j => load[j]).ThenBy(j => j, StringComparer.Ordinal).ToList())
            {
                foreach (var idle in load.Keys.Where(j => load[j] <= load[busy] - 2).OrderBy(j => load[j]).ToList())
                {
                    var index = added.FindIndex(a => Key(a.JudgeEmail) == busy
                        && eligible[a.EntryId].Contains(idle) && !onEntry[a.EntryId].Contains(idle));
                    if (index < 0) continue;
                    var entryId = added[index].EntryId;
                    onEntry[entryId].Remove(busy);
                    onEntry[entryId].Add(idle);
                    load[busy]--;
                    load[idle]++;
                    added[index] = new Assignment(entryId, byEmail[idle].Email);
                    moved = true;
                    break;
                }
                if (moved) break;
            }
        }
    }

    private static bool IsBalanced(Dictionary<string, int> load, IReadOnlyDictionary<string, IReadOnlySet<string>>? panels)
    {
        if (load.Count == 0) return true;
        if (panels is not { Count: > 0 }) return load.Values.Max() - load.Values.Min() <= 1;
        // With panels a judge's load depends on the panel's size, so evenness is judged within each panel.
        return panels.Values.All(panel =>
        {
            var loads = panel.Select(Key).Where(load.ContainsKey).Select(j => load[j]).ToList();
            return loads.Count == 0 || loads.Max() - loads.Min() <= 1;
        });
    }

    private static bool InPanel(IReadOnlyDictionary<string, IReadOnlySet<string>>? panels, string movementId, Judge judge) =>
        panels?.GetValueOrDefault(movementId) is not { } panel || panel.Any(e => Key(e) == Key(judge.Email));

    /// <summary>Spreads ties over judges so the same two judges do not always sit together; stable across runs.</summary>
    private static int Tiebreak(string entryId, string judge)
    {
        var hash = 17;
        foreach (var c in entryId) hash = unchecked(hash * 31 + c);
        foreach (var c in judge) hash = unchecked(hash * 31 + c);
        return hash;
    }

    private static string Key(string email) => email.Trim().ToLowerInvariant();
}

/// <summary>One judge to score one entry in a round.</summary>
public sealed record Assignment(string EntryId, string JudgeEmail);

/// <summary>
/// What one run of the assignment decided: the pairs it adds (existing ones are kept), each judge's load after it,
/// what could not be placed, and whether loads differ by at most one.
/// </summary>
public sealed record AssignmentPlan(
    IReadOnlyList<Assignment> Added,
    IReadOnlyDictionary<string, int> PerJudge,
    IReadOnlyList<Unplaced> Unplaced,
    bool Balanced)
{
    /// <summary>Said plainly where conflicts make an even split impossible.</summary>
    public string? Note => Balanced ? null
        : "Không thể chia đều số bài giữa các giám khảo (chênh lệch hơn 1 bài) do các trường hợp cần tránh "
          + "(cùng đơn vị, tác giả trùng tên hoặc e-mail, giám khảo xin rút).";
}

/// <summary>An entry that could not get all its judges: how many it still lacks and why, in the organizers' words.</summary>
public sealed record Unplaced(string EntryId, int Missing, string Reason);

/// <summary>A member of the jury (Ban Giám khảo) as assignment sees them: who they are and where they work.</summary>
public sealed record Judge(string Email, string Name, string? UnitId = null);
