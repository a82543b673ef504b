using ContestServerless.Domain.Judging;

namespace ContestServerless.Domain.Results;

/// <summary>
/// What the jury's minutes (biên bản họp Ban Giám khảo) record about one round: who met and when, how entries were
/// scored, the ranking by sealed code, the ties and how they were settled, the prizes proposed, and who signs.
/// Everything a person reads is plain text; the document renders markup in a title as the characters typed.
/// </summary>
/// <param name="HeldAt">When the jury met; printed as a date and time in Asia/Ho_Chi_Minh.</param>
/// <param name="Place">Where the jury met, or empty to leave the line out.</param>
/// <param name="Locality">The place name the date line starts with ("Sóc Trăng, ngày …"), or empty for the date alone.</param>
/// <param name="Combination">How the judges' scores were combined into the ranking, in a sentence.</param>
public sealed record JuryMinutes(
    string ContestName,
    string Organizer,
    string RoundName,
    DateTimeOffset HeldAt,
    string Place,
    string Locality,
    IReadOnlyList<MinutesJudge> Judges,
    IReadOnlyList<MinutesCriterion> Criteria,
    string Combination,
    IReadOnlyList<MinutesRankingRow> Ranking,
    IReadOnlyList<MinutesTie> Ties,
    IReadOnlyList<MinutesPrize> Prizes,
    string ChairName,
    string SecretaryName)
{
    /// <summary>The sentence for <see cref="Combination"/> that describes how a round ranks its entries.</summary>
    public static string CombinationOf(RankBy rankBy) => rankBy switch
    {
        RankBy.Normalized =>
            "Mỗi bài do các giám khảo chấm độc lập theo từng tiêu chí; điểm của mỗi giám khảo được chuẩn hóa theo "
            + "mức điểm trung bình và độ phân tán của chính giám khảo đó, rồi lấy trung bình để xếp hạng.",
        _ =>
            "Mỗi bài do các giám khảo chấm độc lập theo từng tiêu chí; điểm xếp hạng là trung bình cộng tổng điểm "
            + "của các giám khảo chấm bài.",
    };
}

/// <summary>A judge present at the meeting, with the role they held (Trưởng ban, Thành viên …).</summary>
public sealed record MinutesJudge(string Name, string Role);

/// <summary>One criterion of the rubric as the minutes state it: what was weighed and the most it earned.</summary>
public sealed record MinutesCriterion(string Label, decimal Max);

/// <summary>
/// One line of the round's ranking as the jury saw it: the sealed code (số phách) and the title, never the author,
/// since the jury ranks before the identities are opened.
/// </summary>
/// <param name="Total">The sum of the judges' totals.</param>
/// <param name="Mean">The figure the ranking is ordered by.</param>
public sealed record MinutesRankingRow(int Rank, string Code, string Title, decimal Total, decimal Mean);

/// <summary>
/// Entries level on the ranking figure across a tier's quota, and what the jury decided (moved one up, extended the
/// quota, a recorded vote …).
/// </summary>
public sealed record MinutesTie(int Rank, IReadOnlyList<string> Codes, string Tier, string Settlement);

/// <summary>A prize the jury proposes: the tier and the entry, with the author and unit once identities are opened.</summary>
public sealed record MinutesPrize(string Tier, string Code, string Title, string Author, string Unit);
