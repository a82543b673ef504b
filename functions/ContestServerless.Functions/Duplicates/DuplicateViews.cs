using ContestServerless.Domain.Common;
using ContestServerless.Domain.Duplicates;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Functions.Duplicates;

public static class DuplicateViews
{
    public static IReadOnlyList<DuplicateView> Matches(IReadOnlyList<DuplicateMatch> matches, IReadOnlyList<string> open) =>
        [.. matches.Select(m => new DuplicateView(m.EntryId, m.Title, m.UnitId, ReasonName(m.Reason), ReasonText(m.Reason), open.Contains(m.EntryId)))];

    public static DistinctView Distinct(Entry entry) => new(entry.Id, entry.DistinctFrom);

    public static CopyMarkView Mark(Entry entry) =>
        new(entry.Id, entry.CopyOf, entry.CopyReason, entry.CopyMarkedBy, entry.CopyMarkedAt is { } at ? VietnamTime.ToLocal(at) : null);

    private static string ReasonName(DuplicateReason reason) => reason switch
    {
        DuplicateReason.SameFile => "sameFile",
        DuplicateReason.SameTitleAndAuthor => "sameTitleAndAuthor",
        _ => "sentAndHandedIn",
    };

    private static string ReasonText(DuplicateReason reason) => reason switch
    {
        DuplicateReason.SameFile => "cùng một tệp",
        DuplicateReason.SameTitleAndAuthor => "cùng tên bài và tác giả ở đơn vị khác",
        _ => "cùng tên bài và tác giả, vừa gửi trực tuyến vừa do đơn vị nộp",
    };
}

/// <summary>
/// Another entry that may be the same work: reason is sameFile, sameTitleAndAuthor or sentAndHandedIn; reasonText says
/// it in Vietnamese; open while nobody decided the pair (neither marked a copy nor declared distinct, both in play).
/// </summary>
public sealed record DuplicateView(string EntryId, string Title, string UnitId, string Reason, string ReasonText, bool Open);

/// <summary>An entry's copy mark: copyOf is null when it is not (or no longer) marked as a copy.</summary>
public sealed record CopyMarkView(string Id, string? CopyOf, string? Reason, string? MarkedBy, DateTimeOffset? MarkedAt);

/// <summary>The entries organizers declared distinct works from this one.</summary>
public sealed record DistinctView(string Id, IReadOnlyList<string> DistinctFrom);
