using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using Microsoft.AspNetCore.Http;

namespace ContestServerless.Functions.Entries;

/// <summary>How entries are named in the API.</summary>
public static class EntryViews
{
    public static string StatusName(EntryStatus status) => status switch
    {
        EntryStatus.Pending => "pending",
        EntryStatus.Received => "received",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string? ScreeningName(Screening screening) => screening switch
    {
        Screening.Forwarded => "forwarded",
        Screening.HeldBack => "heldBack",
        _ => null,
    };

    /// <summary>An entry as organizers see it in lists.</summary>
    public static object Summary(EntryDetails details)
    {
        var e = details.Entry;
        return new
        {
            e.Id,
            e.Title,
            e.UnitId,
            details.UnitName,
            Movement = e.MovementId,
            details.MovementName,
            Status = StatusName(e.Status),
            ReceivedAt = Local(e.ReceivedAt),
            CreatedAt = VietnamTime.ToLocal(e.CreatedAt),
            AuthorName = e.Author.FullName,
            CoAuthorNames = EntryGroupViews.CoAuthorNames(e),
            Eligibility = EntryGroupViews.Eligibility(e),
            SubjectName = e.Subject.Name,
            FileName = e.File.Name,
            FileSize = e.File.Size,
            HandedInBy = e.HandedInBy,
            Screening = ScreeningName(e.Screening),
        };
    }

    /// <summary>Everything about an entry except its receipt code, which stays the entrant's secret.</summary>
    public static object Details(EntryDetails details)
    {
        var e = details.Entry;
        return new
        {
            e.Id,
            e.Title,
            e.UnitId,
            details.UnitName,
            Movement = e.MovementId,
            details.MovementName,
            Status = StatusName(e.Status),
            ReceivedAt = Local(e.ReceivedAt),
            CreatedAt = VietnamTime.ToLocal(e.CreatedAt),
            e.Author,
            e.CoAuthors,
            Eligibility = EntryGroupViews.Eligibility(e),
            e.Subject,
            File = new { e.File.Name, e.File.Size, e.File.ContentType, e.WordCount, e.Sha256 },
            e.RejectionReason,
            e.HandedInBy,
            Screening = ScreeningName(e.Screening),
            e.ScreeningReason,
            ScreenedAt = Local(e.ScreenedAt),
        };
    }

    /// <summary>The organizers' entry filter from the query string (unit, movement, status, from, to, q).</summary>
    public static EntryFilterRequest Filter(IQueryCollection query) =>
        new(query["unit"], query["movement"], query["status"], query["from"], query["to"], query["q"]);

    private static DateTimeOffset? Local(DateTimeOffset? instant) => instant is { } at ? VietnamTime.ToLocal(at) : null;
}
