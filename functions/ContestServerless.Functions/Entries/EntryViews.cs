using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using Microsoft.AspNetCore.Http;

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
