using ContestServerless.Domain.Entries;

namespace ContestServerless.Functions.Privacy;

/// <summary>
/// Everything stored about an entry, for its entrant (who holds the receipt code). The submit key, a one-time
/// technical secret, is the only stored field left out.
/// </summary>
public sealed record EntrantRecordView
{
    public required string Id { get; init; }
    public required string ReceiptCode { get; init; }
    public required string Title { get; init; }
    public required string UnitId { get; init; }
    public required string UnitName { get; init; }
    public required string Movement { get; init; }
    public required string MovementName { get; init; }
    public required string Status { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ReceivedAt { get; init; }
    public required Author Author { get; init; }
    public required IReadOnlyList<CoAuthor> CoAuthors { get; init; }
    public required Subject Subject { get; init; }
    public required string FileName { get; init; }
    public required long FileSize { get; init; }
    public int? WordCount { get; init; }
    public string? HandedInBy { get; init; }
    public ConsentView? Consent { get; init; }
    public GuardianView? Guardian { get; init; }
    public required int Revision { get; init; }
    public DateTimeOffset? WithdrawnAt { get; init; }
    public DateTimeOffset? DeidentifiedAt { get; init; }
    public required IReadOnlyList<EntryVersionView> Versions { get; init; }
    public required IReadOnlyList<PrivacyRequestView> Requests { get; init; }

    /// <summary>Whether the entrant may still correct, replace the file or withdraw (until submission closes).</summary>
    public required bool CanChange { get; init; }

    public required DateTimeOffset SubmissionClosesAt { get; init; }
}
