using System.Security.Cryptography;

namespace ContestServerless.Domain.Judging;

/// <summary>An entry as it sits in a round: its sealed facts, its judge's copy and what the secretariat decided about it.</summary>
public sealed record SealedEntry(string RoundId, string EntryId, SealedFacts Facts)
{
    public string? CopyBlobName { get; init; }
    public CopyState CopyState { get; init; } = CopyState.Pending;

    /// <summary>Where the copy's text may reveal the author, in the secretariat's words.</summary>
    public IReadOnlyList<string> Hits { get; init; } = [];

    public string? DecisionReason { get; init; }

    /// <summary>
    /// When its entry left play (withdrawn, erased, excluded or marked a copy; see <see cref="Entries.Entry.InPlay"/>): it
    /// is off every judge's list, its code and copy answer as unknown and it is not ranked. Null while it is in play.
    /// </summary>
    public DateTimeOffset? LeftPlayAt { get; init; }

    /// <summary>Whether judges may be given it: in play, a copy exists and nothing about it is waiting for the secretariat.</summary>
    public bool ReadyForJudges => LeftPlayAt is null && CopyState is CopyState.Clean or CopyState.Accepted or CopyState.Redacted;

    /// <summary>Whether it is ranked: in play and not excluded from the round by the secretariat.</summary>
    public bool Ranked => LeftPlayAt is null && CopyState != CopyState.Excluded;
}

/// <summary>
/// Everything a judge may know about an entry, and nothing else: its sealed code (số phách), title, movement, length
/// and the kind of file. No author, unit, receipt, entry id, file name or dates, so no view built from it can leak them.
/// </summary>
public sealed record SealedFacts(string Code, string Title, string MovementId, int? WordCount, string FileExtension);

/// <summary>Where the judge's de-identified copy of an entry stands.</summary>
public enum CopyState
{
    /// <summary>Not made yet; the entry is not given to judges until it is.</summary>
    Pending,

    /// <summary>Metadata removed and nothing in the text names the author.</summary>
    Clean,

    /// <summary>The text may reveal the author ("có thể lộ danh tính"); the secretariat decides.</summary>
    Flagged,

    /// <summary>Could not be cleaned (a .doc, an unreadable PDF): the secretariat uploads a clean copy or excludes it.</summary>
    NeedsSecretariat,

    /// <summary>Flagged, and the secretariat accepted it as it is.</summary>
    Accepted,

    /// <summary>The secretariat uploaded a redacted copy, itself cleaned and scanned.</summary>
    Redacted,

    /// <summary>Taken out of the round with a reason.</summary>
    Excluded,
}

/// <summary>
/// The sealed code (số phách) a judge knows an entry by. Random, never derived from the entry id or the receipt
/// code, so nothing a judge sees can be matched with what the entrant or the unit holds. Crockford's base 32 without
/// the digits and letters people confuse, shown as XXX-XXX.
/// </summary>
public static class SealedCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>6 characters, about 29 bits: a round holds thousands of entries; collisions are retried by the caller.</summary>
    public static string New() =>
        string.Create(7, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = i == 3 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        });

    public static bool IsWellFormed(string? code) =>
        code is { Length: 7 } && code[3] == '-' &&
        code.Where((c, i) => i != 3).All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
