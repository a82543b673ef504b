using ContestServerless.Domain.Entries;

namespace ContestServerless.Functions.Entries;

/// <summary>Everything about an entry except its receipt code, which stays the entrant's secret (there is no field for it).</summary>
public sealed record EntryDetailsView : EntryHeaderView
{
    public Author Author { get; init; } = null!;

    /// <summary>The group's other members (nhóm tác giả); empty for an entry by one author.</summary>
    public IReadOnlyList<CoAuthor> CoAuthors { get; init; } = [];

    public EligibilityView Eligibility { get; init; } = null!;
    public Subject Subject { get; init; } = null!;
    public EntryFileView File { get; init; } = null!;
    public string? RejectionReason { get; init; }
    public string? HandedInBy { get; init; }

    /// <summary>Entered after closing through a late-entry link (nộp muộn có phép), valid until <see cref="LateUntil"/>.</summary>
    public bool Late { get; init; }

    public DateTimeOffset? LateUntil { get; init; }
    public string? Screening { get; init; }
    public string? ScreeningReason { get; init; }
    public DateTimeOffset? ScreenedAt { get; init; }

    /// <summary>The notice version and time of the entrant's consent (Law 91/2025/QH15); null for entries made before it was asked.</summary>
    public Privacy.ConsentView? Consent { get; init; }

    /// <summary>The parent or guardian who consented for an author younger than the guardian age.</summary>
    public Privacy.GuardianView? Guardian { get; init; }

    /// <summary>How many times the entrant corrected details or replaced the file.</summary>
    public int Revision { get; init; }

    public DateTimeOffset? WithdrawnAt { get; init; }

    /// <summary>Other entries that may be the same work (Có thể trùng).</summary>
    public IReadOnlyList<Duplicates.DuplicateView> Duplicates { get; init; } = [];

    /// <summary>The entry organizers marked this one a copy of, why, by whom and when; null when it is not a copy.</summary>
    public Duplicates.CopyMarkView? Copy { get; init; }
}
