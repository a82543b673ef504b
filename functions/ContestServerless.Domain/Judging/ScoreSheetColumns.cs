using ContestServerless.Domain.Exports;

namespace ContestServerless.Domain.Judging;

/// <summary>
/// The columns of a round's score sheet for organizers: the sealed code beside the entry and its author (organizers
/// may know both), then each judge's points per criterion and total, the mean, spread, normalized mean and rank.
/// </summary>
public static class ScoreSheetColumns
{
    public static IReadOnlyList<Column<RankingRow>> For(Round round)
    {
        var columns = new List<Column<RankingRow>>
        {
            new("Hạng", r => r.Ranked.Rank),
            new("Số phách", r => r.Sealed.Facts.Code),
            new("Mã bài dự thi", r => r.Sealed.EntryId),
            new("Tên tác phẩm", r => r.Sealed.Facts.Title),
            new("Tác giả", r => r.Entry?.Author.FullName),
            new("Mã đơn vị", r => r.Entry?.UnitId),
        };
        foreach (var judge in round.JudgeEmails)
        {
            foreach (var criterion in round.Rubric.Criteria)
                columns.Add(new($"{judge} – {criterion.Label}", r => Of(r, judge) is { Counts: true } s ? s.Points.GetValueOrDefault(criterion.Id) : null));
            columns.Add(new($"{judge} – Tổng", r => Of(r, judge) is { Counts: true } s ? s.Total : null));
        }
        columns.Add(new("Điểm trung bình", r => r.Ranked.Mean));
        columns.Add(new("Chênh lệch", r => r.Ranked.Spread));
        columns.Add(new("Điểm chuẩn hóa", r => r.Ranked.Normalized));
        columns.Add(new("Cần trao đổi", r => r.Ranked.Discuss ? "Có" : ""));
        return columns;
    }

    private static Score? Of(RankingRow row, string judge) => row.Scores.FirstOrDefault(s => s.JudgeEmail == judge);
}
