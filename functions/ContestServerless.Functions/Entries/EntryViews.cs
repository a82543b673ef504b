using System.Text.Json.Serialization;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Functions.Entries;

/// <summary>How entries are named in the API, and the views built from them.</summary>
public static class EntryViews
{
    public static string StatusName(EntryStatus status) => status switch
    {
        EntryStatus.Pending => "pending",
        EntryStatus.Received => "received",
        EntryStatus.Withdrawn => "withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string? ScreeningName(Screening screening) => screening switch
    {
        Screening.Forwarded => "forwarded",
        Screening.HeldBack => "heldBack",
        _ => null,
    };

    /// <summary>An entry as organizers see it in lists.</summary>
    public static EntrySummaryView Summary(EntryDetails details)
    {
        var e = details.Entry;
        return Headed(details, new EntrySummaryView
        {
            AuthorName = e.Author.FullName,
            CoAuthorNames = EntryGroupViews.CoAuthorNames(e),
            Eligibility = EntryGroupViews.Eligibility(e),
            SubjectName = e.Subject.Name,
            FileName = e.File.Name,
            FileSize = e.File.Size,
            HandedInBy = e.HandedInBy,
            Late = e.Late,
            Screening = ScreeningName(e.Screening),
            Duplicates = Duplicates.DuplicateViews.Matches(details.Duplicates, details.OpenCopies),
            CopyOf = e.CopyOf,
        });
    }

    /// <summary>Everything about an entry except its receipt code, which stays the entrant's secret.</summary>
    public static EntryDetailsView Details(EntryDetails details)
    {
        var e = details.Entry;
        return Headed(details, new EntryDetailsView
        {
            Author = e.Author,
            CoAuthors = e.CoAuthors,
            Eligibility = EntryGroupViews.Eligibility(e),
            Subject = e.Subject,
            File = new EntryFileView(e.File.Name, e.File.Size, e.File.ContentType, e.WordCount, e.ContentMd5),
            RejectionReason = e.RejectionReason,
            HandedInBy = e.HandedInBy,
            Late = e.Late,
            LateUntil = Local(e.LateUntil),
            Screening = ScreeningName(e.Screening),
            ScreeningReason = e.ScreeningReason,
            ScreenedAt = Local(e.ScreenedAt),
            Consent = Privacy.PrivacyViews.Consent(e.Consent),
            Guardian = Privacy.PrivacyViews.Guardian(e.Guardian),
            Publication = Publishing.PublicationView.Of(e),
            Revision = e.Revision,
            WithdrawnAt = Local(e.WithdrawnAt),
            Duplicates = Duplicates.DuplicateViews.Matches(details.Duplicates, details.OpenCopies),
            Copy = e.IsCopy ? Duplicates.DuplicateViews.Mark(e) : null,
        });
    }

    public static EntryPageView Page(EntryListing page) =>
        new([.. page.Entries.Select(Summary)], page.NextPageToken, page.Total, page.UpdatedAt == DateTimeOffset.MinValue ? null : VietnamTime.ToLocal(page.UpdatedAt));

    public static UploadTicketView Ticket(UploadTicket ticket) =>
        new(ticket.Id, ticket.UploadUrl.AbsoluteUri, ticket.UploadExpiresAt, ticket.SubmitKey);

    public static ReceiptView Receipt(Receipt receipt) =>
        new(receipt.Id, receipt.ReceiptCode, StatusName(receipt.Status), VietnamTime.ToLocal(receipt.ReceivedAt));

    /// <summary>
    /// What the holder of the receipt code sees: the author (or the unit that handed the entry in) may see its own name
    /// on the receipt; the file's fingerprint stays with the organizers, it means nothing to a citizen.
    /// </summary>
    public static EntryLookupView Lookup(EntryDetails details)
    {
        var e = details.Entry;
        return new(e.Id, e.Title, e.Author.FullName, EntryGroupViews.CoAuthorNames(e), e.UnitId, details.UnitName, e.MovementId,
            details.MovementName, StatusName(e.Status), Local(e.ReceivedAt), e.File.Name, e.File.Size);
    }

    /// <summary>The organizers' entry filter from the query string (unit, movement, status, from, to, q).</summary>
    public static EntryFilterRequest Filter(IQueryCollection query) =>
        new(query["unit"], query["movement"], query["status"], query["from"], query["to"], query["q"], query["ids"], query["flag"]);

    /// <summary>Fills the fields every organizer view of an entry starts with (a record's clone keeps its own type).</summary>
    private static T Headed<T>(EntryDetails details, T view) where T : EntryHeaderView
    {
        var e = details.Entry;
        return (T)((EntryHeaderView)view with
        {
            Id = e.Id,
            Title = e.Title,
            UnitId = e.UnitId,
            UnitName = details.UnitName,
            Movement = e.MovementId,
            MovementName = details.MovementName,
            Status = StatusName(e.Status),
            ReceivedAt = Local(e.ReceivedAt),
            CreatedAt = VietnamTime.ToLocal(e.CreatedAt),
        });
    }

    private static DateTimeOffset? Local(DateTimeOffset? instant) => instant is { } at ? VietnamTime.ToLocal(at) : null;
}

/// <summary>How an entry's group of authors and its eligibility appear in the API.</summary>
public static class EntryGroupViews
{
    public static IReadOnlyList<string> CoAuthorNames(Entry entry) => [.. entry.CoAuthors.Select(c => c.FullName)];

    public static EligibilityView Eligibility(Entry entry)
    {
        var eligibility = entry.Eligibility;
        return new(StateName(eligibility), eligibility.Concerns, eligibility.Reason, eligibility.DecidedBy,
            eligibility.DecidedAt is { } at ? VietnamTime.ToLocal(at) : null);
    }

    public static string StateName(Eligibility eligibility) => eligibility switch
    {
        { IsFlagged: false } => "clear",
        { Decision: EligibilityDecision.Kept } => "kept",
        { Decision: EligibilityDecision.Excluded } => "excluded",
        _ => "flagged",
    };
}

/// <summary>
/// What every organizer view of an entry starts with. The wire shape is flat, so the list row and the details share
/// these fields by inheriting them; the serializer writes a derived record's own properties first, so these carry
/// an earlier order to stay at the front, where the pages and the API always had them.
/// </summary>
public abstract record EntryHeaderView
{
    private const int First = -1;

    [JsonPropertyOrder(First)] public string Id { get; init; } = "";
    [JsonPropertyOrder(First)] public string Title { get; init; } = "";
    [JsonPropertyOrder(First)] public string UnitId { get; init; } = "";
    [JsonPropertyOrder(First)] public string UnitName { get; init; } = "";
    [JsonPropertyOrder(First)] public string Movement { get; init; } = "";
    [JsonPropertyOrder(First)] public string MovementName { get; init; } = "";
    [JsonPropertyOrder(First)] public string Status { get; init; } = "";
    [JsonPropertyOrder(First)] public DateTimeOffset? ReceivedAt { get; init; }
    [JsonPropertyOrder(First)] public DateTimeOffset CreatedAt { get; init; }
}

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

    /// <summary>The authors' consent to publishing the work (Chưa trả lời, Đồng ý công bố, Không đồng ý, Đã rút lại).</summary>
    public Publishing.PublicationView Publication { get; init; } = null!;

    /// <summary>How many times the entrant corrected details or replaced the file.</summary>
    public int Revision { get; init; }

    public DateTimeOffset? WithdrawnAt { get; init; }

    /// <summary>Other entries that may be the same work (Có thể trùng).</summary>
    public IReadOnlyList<Duplicates.DuplicateView> Duplicates { get; init; } = [];

    /// <summary>The entry organizers marked this one a copy of, why, by whom and when; null when it is not a copy.</summary>
    public Duplicates.CopyMarkView? Copy { get; init; }
}

/// <summary>
/// An entry's eligibility as organizers see it: state is "clear", "flagged" (waiting for a decision), "kept" or
/// "excluded"; concerns say what matched.
/// </summary>
public sealed record EligibilityView(
    string State, IReadOnlyList<string> Concerns, string? Reason, string? DecidedBy, DateTimeOffset? DecidedAt);

/// <summary>An entry's file as declared, with what the server found in it once received.</summary>
public sealed record EntryFileView(string Name, long Size, string ContentType, int? WordCount, string? ContentMd5);

/// <summary>
/// A page of the organizers' entry list; <c>NextPage</c> is the token for the next one, null on the last.
/// <c>Total</c> is how many entries match in all; <c>UpdatedAt</c> is when the list last took a change (it follows
/// the entries by seconds), null before it took any.
/// </summary>
public sealed record EntryPageView(IReadOnlyList<EntrySummaryView> Entries, string? NextPage, int Total, DateTimeOffset? UpdatedAt);

/// <summary>What an entrant may see of its own entry when looking it up with the receipt code.</summary>
public sealed record EntryLookupView(
    string Id,
    string Title,
    string AuthorName,
    IReadOnlyList<string> CoAuthorNames,
    string UnitId,
    string UnitName,
    string Movement,
    string MovementName,
    string Status,
    DateTimeOffset? ReceivedAt,
    string FileName,
    long FileSize);

/// <summary>A created entry: where to upload its one file, until when, and the key that submits it.</summary>
public sealed record UploadTicketView(string Id, string UploadUrl, DateTimeOffset UploadExpiresAt, string SubmitKey);

/// <summary>The entrant's receipt once the file is received; the only answer that carries the receipt code.</summary>
public sealed record ReceiptView(string Id, string ReceiptCode, string Status, DateTimeOffset ReceivedAt);

/// <summary>An issued late-entry link: the entry form's address to send (the token rides in its fragment) and what it allows.</summary>
public sealed record LateLinkView(string? UnitId, string? PersonName, string Path, DateTimeOffset ExpiresAt)
{
    public static LateLinkView Of(LateLink link) =>
        new(link.Pass.UnitId, link.Pass.PersonName, link.Path, VietnamTime.ToLocal(link.Pass.ExpiresAt));
}
