using ContestServerless.Domain.Catalogue;

namespace ContestServerless.Domain.Duplicates;

/// <summary>
/// The entries in play that wait for the organizers' decision (chờ quyết định): a possible duplicate of another entry
/// in play that nobody resolved (one marked a copy, or the two declared distinct works), or an eligibility flag nobody
/// decided. Such an entry is not sealed for judging and cannot be approved for a prize, so nothing leaves the contest
/// or wins silently. Pure, over the catalogue's rows (or rows made from entries), so the list's filter, the assignment
/// and the results apply one rule.
/// </summary>
public sealed class OpenFlags
{
    private OpenFlags(IReadOnlyDictionary<string, IReadOnlyList<DuplicateMatch>> possibleCopies, IReadOnlySet<string> awaitingEligibility)
    {
        PossibleCopies = possibleCopies;
        AwaitingEligibility = awaitingEligibility;
    }

    public static readonly OpenFlags None = new(new Dictionary<string, IReadOnlyList<DuplicateMatch>>(), new HashSet<string>());

    /// <summary>Each entry in play that may be the same work as another in play, with those others; undecided only.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<DuplicateMatch>> PossibleCopies { get; }

    /// <summary>Entries in play flagged for eligibility (điều kiện dự thi) and not yet decided.</summary>
    public IReadOnlySet<string> AwaitingEligibility { get; }

    public bool IsPossibleCopy(string entryId) => PossibleCopies.ContainsKey(entryId);

    public bool AwaitsEligibility(string entryId) => AwaitingEligibility.Contains(entryId);

    /// <summary>Whether the entry waits for a decision of either kind.</summary>
    public bool Holds(string entryId) => IsPossibleCopy(entryId) || AwaitsEligibility(entryId);

    /// <summary>The other undecided entries this one may be the same work as; empty when none.</summary>
    public IReadOnlyList<string> CopiesOf(string entryId) =>
        PossibleCopies.TryGetValue(entryId, out var matches) ? [.. matches.Select(m => m.EntryId)] : [];

    public static OpenFlags Of(IEnumerable<CatalogueRow> rows)
    {
        // Out of play (withdrawn, excluded, marked a copy) is decided already: a copy's original is no longer flagged.
        var inPlay = rows.Where(r => r.InPlay).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var possible = new Dictionary<string, IReadOnlyList<DuplicateMatch>>(StringComparer.Ordinal);
        foreach (var (id, matches) in DuplicateDetector.Find(inPlay.Values))
        {
            var open = matches.Where(m => !Distinct(inPlay[id], inPlay[m.EntryId], m.Reason)).ToList();
            if (open.Count > 0) possible[id] = open;
        }
        var awaiting = inPlay.Values.Where(r => r.Eligibility.AwaitsDecision).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return new OpenFlags(possible, awaiting);
    }

    /// <summary>
    /// Declared two works by organizers. The same file, byte for byte, is one work whatever was declared: one of the
    /// two must be marked a copy (or the file replaced).
    /// </summary>
    private static bool Distinct(CatalogueRow a, CatalogueRow b, DuplicateReason reason) =>
        reason != DuplicateReason.SameFile
        && ((a.DistinctFrom?.Contains(b.Id, StringComparer.Ordinal) ?? false) || (b.DistinctFrom?.Contains(a.Id, StringComparer.Ordinal) ?? false));
}
