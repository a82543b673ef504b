namespace ContestServerless.Domain.Entries;

/// <summary>Any author of an entry: the leader (or sole author) or a co-author, with what identifies them.</summary>
public sealed record EntryMember(string FullName, int BirthYear, string Email, bool IsLeader);
