using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Judging;

/// <summary>Seals an entry for a round: its sealed code (số phách) and the judges' de-identified copy of its file.</summary>
public sealed class EntrySealing(
    IRoundStore rounds,
    IEntryStore entries,
    IUnitRegister units,
    IJudgeCopies copies)
{
    /// <summary>Draws the entry's sealed code for this round and makes the judge's copy of its file.</summary>
    public async Task<SealedEntry> SealAsync(Round round, Entry entry, CancellationToken cancellationToken)
    {
        var unit = await units.FindAsync(entry.UnitId, cancellationToken);
        var (copyName, state, hits) = await CopyAsync(entry.BlobName, entry.File.Extension, JudgingCandidates.Clues(entry, unit?.Name), cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var facts = new SealedFacts(SealedCodes.New(), entry.Title, entry.MovementId, entry.WordCount, entry.File.Extension);
            var sealedEntry = new SealedEntry(round.Id, entry.Id, facts)
            {
                CopyBlobName = copyName,
                CopyState = state,
                Hits = hits,
            };
            if (await rounds.AddEntryAsync(sealedEntry, cancellationToken) is { } stored) return stored;
            if (attempt >= 5) throw new InvalidOperationException($"Could not draw a free sealed code for entry {entry.Id} in round {round.Id}.");
        }
    }

    /// <summary>Makes a new judges' copy for an entry back in play after leaving the round; it keeps its code.</summary>
    public async Task<SealedEntry> ResealAsync(SealedEntry sealedEntry, Entry entry, CancellationToken cancellationToken)
    {
        var unit = await units.FindAsync(entry.UnitId, cancellationToken);
        var (copyName, state, hits) = await CopyAsync(entry.BlobName, entry.File.Extension, JudgingCandidates.Clues(entry, unit?.Name), cancellationToken);
        var back = sealedEntry with { LeftPlayAt = null, CopyBlobName = copyName, CopyState = state, Hits = hits, DecisionReason = null };
        await rounds.SaveEntryAsync(back, cancellationToken);
        return back;
    }

    /// <summary>What could reveal the entry's authors or unit, for scanning a copy made again (a redacted upload).</summary>
    public async Task<IdentityClues?> CluesAsync(string entryId, CancellationToken cancellationToken)
    {
        if (await entries.FindAsync(entryId, cancellationToken) is not { } stored) return null;
        var unit = await units.FindAsync(stored.Entry.UnitId, cancellationToken);
        return JudgingCandidates.Clues(stored.Entry, unit?.Name);
    }

    /// <summary>Makes a judges' copy from a file (the original, or a redacted one the secretariat uploaded) and says where it stands.</summary>
    public async Task<(string? BlobName, CopyState State, IReadOnlyList<string> Hits)> CopyAsync(string blobName, string extension, IdentityClues clues, CancellationToken cancellationToken)
    {
        var copy = await copies.MakeAsync(blobName, extension, clues, cancellationToken);
        var state = copy.Outcome == JudgeCopyOutcome.NeedsSecretariat ? CopyState.NeedsSecretariat
            : copy.Hits.Count > 0 ? CopyState.Flagged
            : CopyState.Clean;
        IReadOnlyList<string> hits = [.. copy.Hits.Select(h => $"{h.Label} – {h.Where}: “{h.Excerpt}”"), .. copy.Reason is { } r ? [r] : Array.Empty<string>()];
        return (copy.CopyBlobName, state, hits);
    }
}
