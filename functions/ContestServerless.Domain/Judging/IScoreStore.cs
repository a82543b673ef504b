namespace ContestServerless.Domain.Judging;

/// <summary>Judges' scores, one per judge and entry in a round, kept with the entry's sealed facts so a judge's list is one read.</summary>
public interface IScoreStore
{
    Task<IReadOnlyList<StoredScore>> ListAsync(string roundId, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredScore>> ListForJudgeAsync(string roundId, string judgeEmail, CancellationToken cancellationToken);

    Task<StoredScore?> FindAsync(string roundId, string judgeEmail, string entryId, CancellationToken cancellationToken);

    /// <summary>Adds new assignments (unscored scores); an existing one is left as it is.</summary>
    Task AddAsync(IReadOnlyList<Score> scores, CancellationToken cancellationToken);

    /// <summary>Saves a changed score; false when it changed since it was read.</summary>
    Task<bool> SaveAsync(Score score, string version, CancellationToken cancellationToken);

    /// <summary>Removes an unscored assignment (moved to another judge); false when it changed since it was read.</summary>
    Task<bool> RemoveAsync(Score score, string version, CancellationToken cancellationToken);
}

/// <summary>A score with the version it was read at, for an optimistic save.</summary>
public sealed record StoredScore(Score Score, string Version);
