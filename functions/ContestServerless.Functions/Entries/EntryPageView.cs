namespace ContestServerless.Functions.Entries;

/// <summary>
/// A page of the organizers' entry list; <c>NextPage</c> is the token for the next one, null on the last.
/// <c>Total</c> is how many entries match in all; <c>UpdatedAt</c> is when the list last took a change (it follows
/// the entries by seconds), null before it took any.
/// </summary>
public sealed record EntryPageView(IReadOnlyList<EntrySummaryView> Entries, string? NextPage, int Total, DateTimeOffset? UpdatedAt);
