using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Judging;

/// <summary>What assignment needs to know of an entry to keep judges away from their own people.</summary>
public static class JudgingCandidates
{
    public static Candidate From(Entry entry) =>
        new(entry.Id, entry.UnitId, entry.MovementId, [new AuthorIdentity(entry.Author.FullName, entry.Author.Email)]);
}
