using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Functions.Entries;

/// <summary>How an entry's group of authors and its eligibility appear in the API.</summary>
public static class EntryGroupViews
{
    public static IReadOnlyList<string> CoAuthorNames(Entry entry) => [.. entry.CoAuthors.Select(c => c.FullName)];

    public static EligibilityView Eligibility(Entry entry)
    {
        var eligibility = entry.Eligibility;
        return new(StateName(eligibility), eligibility.Concerns, eligibility.Reason, eligibility.DecidedBy,
            eligibility.DecidedAt is { } at ? VietnamTime.ToLocal(at) : null);
    }

    public static string StateName(Eligibility eligibility) => eligibility switch
    {
        { IsFlagged: false } => "clear",
        { Decision: EligibilityDecision.Kept } => "kept",
        { Decision: EligibilityDecision.Excluded } => "excluded",
        _ => "flagged",
    };
}
