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
