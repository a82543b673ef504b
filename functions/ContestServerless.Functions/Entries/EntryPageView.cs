namespace ContestServerless.Functions.Entries;

/// <summary>A page of the organizers' entry list; <c>NextPage</c> is the token for the next one, null on the last.</summary>
public sealed record EntryPageView(IReadOnlyList<EntrySummaryView> Entries, string? NextPage);
