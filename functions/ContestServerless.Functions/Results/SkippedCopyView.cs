namespace ContestServerless.Functions.Results;

/// <summary>A ranked entry passed over by the proposal because it may be the same work as <see cref="CopyOf"/>.</summary>
public sealed record SkippedCopyView(TieEntryView Entry, TieEntryView CopyOf);
