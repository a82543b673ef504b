using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Results;

/// <summary>
/// The papers the approved results are made into: the jury's minutes (biên bản họp Ban Giám khảo) and one certificate
/// (giấy chứng nhận) per prize-winning author. Both carry names, so both exist only after approval and every download
/// is on the audit trail.
/// </summary>
public sealed class PapersService(
    ResultsRanking ranking,
    WinnerList winners,
    IStaffList staff,
    ContestOptions contest,
    ResultsOptions options,
    IAuditLog audit)
{
    public const int MaxDecisionNumber = 50;

    public async Task<Result<JuryMinutes>> MinutesAsync(SignedInUser by, CancellationToken cancellationToken)
    {
        if (await ranking.ApprovedAsync(cancellationToken) is not { } approval) return NotApproved();
        if (await MinutesOfAsync(approval, cancellationToken) is not { } minutes) return NotApproved();
        await audit.RecordAsync(by, AuditAction.MinutesDownloaded, ResultsChanges.Subject, $"{minutes.RoundName}: {minutes.Prizes.Count} giải", cancellationToken);
        return minutes;
    }

    /// <summary>The minutes of <paramref name="approval"/>; null when its round is gone.</summary>
    public async Task<JuryMinutes?> MinutesOfAsync(ResultsApproval approval, CancellationToken cancellationToken)
    {
        if (await ranking.FindRoundAsync(approval.RoundId, cancellationToken) is not { } round) return null;
        var rows = (await ranking.RankingAsync(round, cancellationToken))?.Rows.Where(r => r.Ranked.Rank is not null).OrderBy(r => r.Ranked.Rank).ToList() ?? [];
        var codeOf = rows.ToDictionary(r => r.Sealed.EntryId, r => r.Sealed.Facts.Code);
        var names = (await staff.ListAsync(cancellationToken)).ToDictionary(m => m.Email, m => m.Name, StringComparer.OrdinalIgnoreCase);
        var papers = options.Papers;
        var judges = round.JudgeEmails
            .Select(email => names.GetValueOrDefault(email) ?? email)
            .Select(name => new MinutesJudge(name, SamePerson(name, papers.JuryChair) ? "Trưởng ban" : "Thành viên"))
            .ToList();
        var prizes = await winners.WinnersAsync(approval.Proposal, cancellationToken);
        var minutes = new JuryMinutes(
            contest.Name,
            contest.Organizer,
            round.Name,
            approval.At,
            papers.Place,
            papers.Locality,
            judges,
            [.. round.Rubric.Criteria.Select(c => new MinutesCriterion(c.Label, c.Max))],
            JuryMinutes.CombinationOf(round.RankBy),
            [.. rows.Select(r => new MinutesRankingRow(r.Ranked.Rank!.Value, r.Sealed.Facts.Code, r.Sealed.Facts.Title,
                r.Ranked.Totals.Sum(t => t.Total), (round.RankBy == RankBy.Normalized ? r.Ranked.Normalized : r.Ranked.Mean) ?? 0m))],
            [.. approval.Proposal.Ties.Select(t => new MinutesTie(t.Rank, [.. t.EntryIds.Select(id => codeOf.GetValueOrDefault(id) ?? id)], t.TierName,
                Settlement(t, codeOf)))],
            [.. prizes.Select(w => new MinutesPrize(w.TierName, w.Candidate.Code, w.Candidate.Title, string.Join(", ", w.Authors), w.UnitName))],
            papers.JuryChair,
            papers.JurySecretary);
        return minutes;
    }

    public async Task<Result<IReadOnlyList<Certificate>>> CertificatesAsync(SignedInUser by, CertificateRequest request, CancellationToken cancellationToken)
    {
        var decision = ReadDecision(request);
        if (decision.Problem is { } invalid) return invalid;
        var (number, date) = decision.Value!;

        if (await ranking.ApprovedAsync(cancellationToken) is not { } approval) return NotApproved();
        var prizes = await winners.WinnersAsync(approval.Proposal, cancellationToken);
        if (Text.Clean(request.EntryId) is { Length: > 0 } entryId)
        {
            prizes = [.. prizes.Where(w => w.Candidate.EntryId == entryId)];
            if (prizes.Count == 0) return Problem.NotFound("Không tìm thấy bài đạt giải", "Bài này không có trong danh sách đạt giải đã phê duyệt.");
        }
        var certificates = CertificatesOf(prizes, number, date);
        await audit.RecordAsync(by, AuditAction.CertificatesDownloaded, ResultsChanges.Subject, $"{certificates.Count} giấy chứng nhận, quyết định {number}", cancellationToken);
        return certificates;
    }

    /// <summary>One certificate per author of each prize, citing the decision that awards them.</summary>
    public List<Certificate> CertificatesOf(IEnumerable<Winner> prizes, string number, DateOnly date) =>
        [.. prizes.SelectMany(w => w.Authors.Select(author => new Certificate(contest.Name, author, w.Candidate.Title, w.TierName, w.UnitName,
            number, date, options.Papers.SignerTitle, options.Papers.SignerName)))];

    /// <summary>The decision's number and day as organizers typed them, checked.</summary>
    public static Result<(string Number, DateOnly Date)> ReadDecision(CertificateRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var number = new FreeText("số quyết định khen thưởng", MaxDecisionNumber,
            Missing: "Vui lòng nhập số quyết định khen thưởng, ví dụ 125/QĐ-BTC.").Read("number", request.Number, errors);
        var dateText = Text.Clean(request.Date);
        if (!VietnamTime.TryParseDay(dateText, out var date))
            errors["date"] = [dateText.Length == 0 ? "Vui lòng nhập ngày ký quyết định (dd/MM/yyyy)." : VietnamTime.InvalidDay("Ngày ký quyết định")];
        return errors.Count > 0 ? Problem.Invalid(errors) : (number, date);
    }

    private static string Settlement(Tie tie, IReadOnlyDictionary<string, string> codeOf)
    {
        if (tie.Resolution is not { } settled) return "Chưa giải quyết";
        var chosen = string.Join(", ", settled.Chosen.Select(id => codeOf.GetValueOrDefault(id) ?? id));
        var how = settled.Method switch
        {
            TieMethod.MoveUp => $"Hội đồng xét chọn bài {chosen} vào {tie.TierName}",
            TieMethod.Extend => $"Tăng số {tie.TierName} để mọi bài đồng hạng đều đạt giải",
            _ => $"Biểu quyết chọn bài {chosen} vào {tie.TierName}",
        };
        return settled.Note.Length > 0 ? $"{how} ({settled.Note})" : how;
    }

    private static bool SamePerson(string name, string other) =>
        other.Length > 0 && string.Equals(name.Trim(), other.Trim(), StringComparison.CurrentCultureIgnoreCase);

    private static Problem NotApproved() =>
        new(ProblemKind.Conflict, "Kết quả chưa được phê duyệt", "Biên bản và giấy chứng nhận chỉ lập được sau khi Hội đồng đã phê duyệt kết quả.");
}
