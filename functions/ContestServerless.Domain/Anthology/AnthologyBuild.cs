namespace ContestServerless.Domain.Anthology;

/// <summary>
/// A book of published works (tuyển tập) an organizer asked for: the works chosen when it was asked for, in book order,
/// built in the background into a .docx by <see cref="AnthologyBuilder"/>. Works whose consent was withdrawn before
/// their turn came are left out, and the build says which and why.
/// </summary>
public sealed class AnthologyBuild
{
    /// <summary>A build that saved nothing for this long died with its worker; another may start.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(30);

    public required string Id { get; init; }
    public required string RequestedBy { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }

    /// <summary>The works chosen at the request, in book order (by prize, then rank).</summary>
    public required IReadOnlyList<string> EntryIds { get; init; }

    /// <summary>A part per movement (phong trào), each with its works in book order.</summary>
    public bool ByMovement { get; init; }

    public AnthologyState State { get; private set; } = AnthologyState.Queued;
    public int Total { get; private set; }
    public int Done { get; private set; }
    public long? Size { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public string? Error { get; private set; }

    private readonly List<LeftOutWork> _leftOut = [];

    /// <summary>Works chosen but not in the book, each with the reason.</summary>
    public IReadOnlyList<LeftOutWork> LeftOut => _leftOut;

    public string BlobName => $"anthology/{Id}.docx";

    public bool IsFinished => State is AnthologyState.Done or AnthologyState.Failed;

    /// <summary>Still being built at <paramref name="now"/>: queued or building, and heard from lately.</summary>
    public bool IsRunningAt(DateTimeOffset now) => !IsFinished && now - UpdatedAt < AbandonedAfter;

    public void Queue(DateTimeOffset at) => UpdatedAt = at;

    public void Start(DateTimeOffset at)
    {
        State = AnthologyState.Building;
        Total = EntryIds.Count;
        Done = 0;
        _leftOut.Clear();
        UpdatedAt = at;
    }

    public void Progress(int done, DateTimeOffset at)
    {
        Done = Math.Min(done, Total);
        UpdatedAt = at;
    }

    public void LeaveOut(string entryId, string? title, string reason) => _leftOut.Add(new LeftOutWork(entryId, title, reason));

    public void Finish(long size, DateTimeOffset at)
    {
        State = AnthologyState.Done;
        Done = Total;
        Size = size;
        UpdatedAt = at;
        FinishedAt = at;
    }

    public void Fail(string reason, DateTimeOffset at)
    {
        State = AnthologyState.Failed;
        Error = reason;
        UpdatedAt = at;
        FinishedAt = at;
    }

    public static AnthologyBuild Restore(AnthologyBuild build, AnthologyState state, int total, int done, long? size,
        DateTimeOffset updatedAt, DateTimeOffset? finishedAt, string? error, IEnumerable<LeftOutWork> leftOut)
    {
        build.State = state;
        build.Total = total;
        build.Done = done;
        build.Size = size;
        build.UpdatedAt = updatedAt;
        build.FinishedAt = finishedAt;
        build.Error = error;
        build._leftOut.AddRange(leftOut);
        return build;
    }
}

public enum AnthologyState
{
    Queued,
    Building,
    Done,
    Failed,
}

/// <summary>A chosen work the book does not hold: its entry, its title when still known, and why.</summary>
public sealed record LeftOutWork(string EntryId, string? Title, string Reason);

/// <summary>What an organizer asks for: these works (default: every published work) and a part per movement or not.</summary>
public sealed record AnthologyRequest(IReadOnlyList<string>? EntryIds = null, bool ByMovement = false);

/// <summary>The title page: the contest, whoever runs it, where and the year the book is made.</summary>
public sealed record AnthologyCover(string ContestName, string Organizer, string Locality, int Year);
