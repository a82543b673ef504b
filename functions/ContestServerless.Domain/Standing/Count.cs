namespace ContestServerless.Domain.Standing;

public sealed record Count<TKey>(TKey Key, string Label, int Entries);
