namespace ContestServerless.Domain.Publishing;

/// <summary>
/// The works the public may read: prize-winning entries of the contest in scope, after the results are published,
/// whose authors (every member of a group; a minor's guardian) consented to publication and have not withdrawn it.
/// Withdrawn, disqualified and erased entries are never among them.
/// </summary>
public interface IPublishedWorks
{
    /// <summary>The works in book order: by prize, then by rank within the prize.</summary>
    Task<IReadOnlyList<PublishedWork>> ListAsync(CancellationToken cancellationToken);

    /// <summary>One work if it may be published at this moment (consent read again), else null.</summary>
    Task<PublishedWork?> FindAsync(string entryId, CancellationToken cancellationToken);
}

/// <summary>A published work, as the public sees it: never the author's contact details.</summary>
/// <param name="Author">The author (or authors) as they chose to be named: full name, pen name or "Khuyết danh".</param>
/// <param name="Prize">The prize's name, as published.</param>
/// <param name="PrizeOrder">The prize's place among prizes (0 first), for ordering.</param>
/// <param name="Rank">The work's rank within its prize (1 first).</param>
/// <param name="Movement">The movement (phong trào) the work is about, when the contest has them.</param>
/// <param name="Subject">The person or group the work is about.</param>
/// <param name="FileBlobName">The entry's file as kept with the entries.</param>
/// <param name="Extension">The file's extension, lower case with its dot.</param>
public sealed record PublishedWork(
    string EntryId,
    string Title,
    string Author,
    string Unit,
    string Prize,
    int PrizeOrder,
    int Rank,
    string? Movement,
    string? Subject,
    string FileBlobName,
    string Extension);
