using ContestServerless.Domain.Judging;

namespace ContestServerless.Functions.Judging;

/// <summary>What cleaning one file did: the metadata removed and the hits in its text, or why it could not be cleaned.</summary>
public sealed record FileCleaning(IReadOnlyList<string> Removed, IReadOnlyList<IdentityHit> Hits, string? Refusal = null)
{
    /// <summary>A copy was written in full (a PDF whose text could not be read is still cleaned of its metadata).</summary>
    public bool Copied { get; init; } = Refusal is null;

    public static FileCleaning Refused(string reason) => new([], [], reason);
}
