namespace ContestServerless.Domain.Anthology;

/// <summary>The anthology builds of the contest in scope.</summary>
public interface IAnthologyBuilds
{
    /// <summary>
    /// Records <paramref name="build"/> unless another is still running at <paramref name="now"/> (one build at a time per
    /// contest, even when two organizers ask at the same moment): null when recorded, else the running build.
    /// </summary>
    Task<AnthologyBuild?> AddUnlessRunningAsync(AnthologyBuild build, DateTimeOffset now, CancellationToken cancellationToken);

    Task<AnthologyBuild?> FindAsync(string id, CancellationToken cancellationToken);

    Task SaveAsync(AnthologyBuild build, CancellationToken cancellationToken);
}

/// <summary>Hands a build to the background worker.</summary>
public interface IAnthologyQueue
{
    Task EnqueueAsync(string buildId, CancellationToken cancellationToken);
}

/// <summary>Writes the book (the .docx), a work at a time, so a large book never sits in memory.</summary>
public interface IAnthologyBooks
{
    IAnthologyBook Open(AnthologyCover cover);
}

public interface IAnthologyBook : IAsyncDisposable
{
    /// <summary>Starts a part of the book (a movement), its title on a page of its own.</summary>
    void AddPart(string title);

    /// <summary>Adds a work from its entry's file (read as a stream): its headings, then its text as the file holds it.</summary>
    Task AddWorkAsync(Publishing.PublishedWork work, Stream file, CancellationToken cancellationToken);

    /// <summary>Finishes the book and stores it under <paramref name="blobName"/> with the exports; its size in bytes.</summary>
    Task<long> SaveAsync(string blobName, CancellationToken cancellationToken);
}
