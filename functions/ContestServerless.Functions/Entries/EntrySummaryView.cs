namespace ContestServerless.Functions.Entries;

/// <summary>An entry as organizers see it in lists.</summary>
public sealed record EntrySummaryView : EntryHeaderView
{
    public string AuthorName { get; init; } = "";

    /// <summary>The group's other members (nhóm tác giả), after the leader in <see cref="AuthorName"/>.</summary>
    public IReadOnlyList<string> CoAuthorNames { get; init; } = [];

    public EligibilityView Eligibility { get; init; } = null!;
    public string SubjectName { get; init; } = "";
    public string FileName { get; init; } = "";
    public long FileSize { get; init; }
    public string? HandedInBy { get; init; }

    /// <summary>Entered after closing through a late-entry link (nộp muộn có phép).</summary>
    public bool Late { get; init; }

    public string? Screening { get; init; }

    /// <summary>Other entries that may be the same work (Có thể trùng).</summary>
    public IReadOnlyList<Duplicates.DuplicateView> Duplicates { get; init; } = [];

    /// <summary>The entry organizers marked this one a copy of; null when it is not a copy.</summary>
    public string? CopyOf { get; init; }
}
