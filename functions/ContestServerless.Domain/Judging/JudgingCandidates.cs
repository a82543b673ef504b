using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Judging;

/// <summary>What assignment needs to know of an entry to keep judges away from their own people.</summary>
public static class JudgingCandidates
{
    /// <summary>Every member of a group counts: a judge who shares any member's e-mail or name is in conflict.</summary>
    public static Candidate From(Entry entry) =>
        new(entry.Id, entry.UnitId, entry.MovementId,
            [new AuthorIdentity(entry.Author.FullName, entry.Author.Email), .. entry.CoAuthors.Select(c => new AuthorIdentity(c.FullName, c.Email))]);

    /// <summary>What could reveal any member of the group, or the unit, in the judges' copy.</summary>
    public static IdentityClues Clues(Entry entry, string? unitName)
    {
        var a = entry.Author;
        return new IdentityClues(
            [a.FullName, .. entry.CoAuthors.Select(c => c.FullName)],
            [a.Phone, .. entry.CoAuthors.Select(c => c.Phone)],
            [a.Email, .. entry.CoAuthors.Select(c => c.Email)],
            [a.Workplace, .. entry.CoAuthors.Select(c => c.Workplace)],
            unitName is null ? [] : [unitName]);
    }
}

/// <summary>An entry waiting for judges: the facts assignment needs and nothing a judge will ever see.</summary>
public sealed record Candidate(string EntryId, string UnitId, string MovementId, IReadOnlyList<AuthorIdentity> Authors);

/// <summary>One author of an entry (a group has several), as far as conflicts are concerned.</summary>
public sealed record AuthorIdentity(string FullName, string Email);
