using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Exports;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Judging;

/// <summary>
/// The organizers' side of judging (chấm thi): rounds, assigning entries to judges, conflicts, the secretariat's
/// decisions on judges' copies, the ranking, unlocking a score and the shortlist. The judges' side is
/// <see cref="ScoringService"/>.
/// </summary>
public sealed class JudgingService(
    IRoundStore rounds,
    IScoreStore scores,
    IStaffList staff,
    JudgePlacement placement,
    EligibilityService eligibility,
    OutOfPlay outOfPlay,
    IEntryFiles files,
    IAuditLog audit,
    IMailer mailer,
    JudgingOptions options,
    TimeProvider clock)
{
    /// <summary>A reason the secretariat gives for a declared conflict or a decision on a judge's copy.</summary>
    private static readonly FreeText Reason = new("lý do", 500, LineBreaks: true, Missing: "Vui lòng nêu lý do.");

    public Task<IReadOnlyList<Round>> ListRoundsAsync(CancellationToken cancellationToken) => rounds.ListAsync(cancellationToken);

    public async Task<Result<Round>> CreateRoundAsync(SignedInUser by, RoundRequest request, CancellationToken cancellationToken)
    {
        var jury = (await staff.ListAsync(cancellationToken)).Where(JudgePlacement.IsJudge).Select(m => m.Email).ToHashSet();
        var existing = await rounds.ListAsync(cancellationToken);
        var checkedRound = RoundRules.Check(request, NewRoundId(), jury, existing, options, clock.GetUtcNow());
        if (checkedRound.Problem is { } problem) return problem;
        var round = checkedRound.Value!;
        await rounds.SaveAsync(round, cancellationToken);
        // Judging starts: who may not enter is checked again, against the jury as it now stands.
        await eligibility.RecheckAllAsync(cancellationToken);
        await audit.RecordAsync(by, AuditAction.RoundSaved, round.Id,
            $"{round.Name}: {round.JudgeEmails.Count} giám khảo, {round.JudgesPerEntry} giám khảo/bài", cancellationToken);
        return round;
    }

    /// <summary>
    /// Seals every entry the round takes that is not sealed yet (code and judge's copy), then gives each entry ready
    /// for judges its k judges. Safe to run again: what is assigned stays, only what is missing is placed.
    /// </summary>
    public async Task<Result<RoundAssignment>> AssignAsync(SignedInUser by, string roundId, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return RoundNotFound();
        if (round.IsClosedAt(clock.GetUtcNow()))
            return new Problem(ProblemKind.Closed, "Vòng chấm đã đóng", "Không phân công thêm sau khi vòng chấm đã đóng.");

        var sealedEntries = (await rounds.EntriesAsync(round.Id, cancellationToken)).ToDictionary(e => e.EntryId);
        var intake = await placement.IntakeAsync(round, cancellationToken);
        var taken = intake.Taken;
        var newlySealed = 0;
        foreach (var entry in taken.Values)
        {
            if (sealedEntries.TryGetValue(entry.Id, out var known) && known.LeftPlayAt is null) continue;
            // New to the round, or back in play after leaving it (a copy mark taken back): sealed with a fresh copy.
            sealedEntries[entry.Id] = known is null
                ? await placement.SealAsync(round, entry, cancellationToken)
                : await placement.ResealAsync(known, entry, cancellationToken);
            newlySealed++;
        }
        // An entry that left play while an instance stopped before taking it out of the round is taken out now.
        foreach (var gone in sealedEntries.Values.Where(e => e.LeftPlayAt is null && !taken.ContainsKey(e.EntryId)).ToList())
            if (await placement.LeftPlayAsync(gone.EntryId, cancellationToken))
                await outOfPlay.LeaveAsync(gone, cancellationToken);

        var plan = await placement.PlanAsync(round, sealedEntries.Values.Where(e => e.ReadyForJudges).ToList(), taken, cancellationToken);
        await audit.RecordAsync(by, AuditAction.JudgesAssigned, round.Id,
            $"{plan.Added.Count} lượt phân công mới; {plan.Unplaced.Count} bài chưa đủ giám khảo; "
            + $"{intake.AwaitingEligibility.Count} bài chờ xem điều kiện dự thi, {intake.PossibleCopies.Count} bài có thể trùng chưa được rọc phách", cancellationToken);
        var judgeNames = (await staff.ListAsync(cancellationToken)).Where(JudgePlacement.IsJudge)
            .Where(m => round.HasJudge(m.Email)).ToDictionary(m => m.Email, m => m.Name);
        var inRound = sealedEntries.Values.Count(e => e.LeftPlayAt is null && e.CopyState != CopyState.Excluded);
        return new RoundAssignment(round, newlySealed, sealedEntries.Values.Count(e => e.CopyState is CopyState.Flagged or CopyState.NeedsSecretariat), plan)
        {
            InRound = inRound,
            AwaitingEligibility = intake.AwaitingEligibility,
            PossibleCopies = intake.PossibleCopies,
            JudgeNames = judgeNames,
        };
    }

    public async Task<Result<Score>> UnlockAsync(SignedInUser by, string roundId, string entryId, string judgeEmail, string? reason, CancellationToken cancellationToken)
    {
        // Text is checked before anything is looked up, so a bad reason is refused the same way wherever it is sent.
        var why = Score.UnlockReasonText.Read("reason", reason);
        if (why.Problem is { } invalid) return invalid;
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return RoundNotFound();
        if (await scores.FindAsync(roundId, StaffService.NormalizeEmail(judgeEmail), entryId, cancellationToken) is not { } stored)
            return Problem.NotFound("Không tìm thấy phiếu chấm", "Giám khảo này không được phân công chấm bài này.");
        if (stored.Score.Unlock(reason, round, clock.GetUtcNow()) is { } refused) return refused;
        if (!await scores.SaveAsync(stored.Score, stored.Version, cancellationToken)) return Problem.Unavailable();
        await audit.RecordAsync(by, AuditAction.ScoreUnlocked, $"{roundId}/{stored.Score.Code}/{stored.Score.JudgeEmail}", why.Value!, cancellationToken);
        return stored.Score;
    }

    /// <summary>Every entry of the round with every judge's submitted total, mean, spread and rank; for organizers only.</summary>
    public async Task<Result<RoundRanking>> RankingAsync(string roundId, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return RoundNotFound();
        var sealedEntries = (await rounds.EntriesAsync(round.Id, cancellationToken)).ToDictionary(e => e.EntryId);
        var all = (await scores.ListAsync(round.Id, cancellationToken)).Select(s => s.Score).ToList();
        var totals = all.Where(s => s.Counts).Select(s => new JudgeTotal(s.EntryId, s.JudgeEmail, s.Total!.Value)).ToList();
        var ranked = Ranking.Rank(sealedEntries.Values.Where(e => e.Ranked).Select(e => e.EntryId),
            totals, round.Rubric.MaxTotal, round.SpreadToDiscuss, round.RankBy);
        var taken = await placement.EntriesTakenAsync(round, cancellationToken);
        var byEntry = all.ToLookup(s => s.EntryId);
        var rows = ranked.Select(r => new RankingRow(r, sealedEntries[r.EntryId], taken.GetValueOrDefault(r.EntryId), [.. byEntry[r.EntryId]])).ToList();
        var progress = round.JudgeEmails.Select(email =>
        {
            var mine = all.Where(s => s.JudgeEmail == email).ToList();
            return new JudgeProgress(email, mine.Count(s => s.State != ScoreState.Recused), mine.Count(s => s.State == ScoreState.Submitted),
                mine.Count(s => s.State == ScoreState.Draft), mine.Count(s => s.State == ScoreState.Recused));
        }).ToList();
        return new RoundRanking(round, rows, progress);
    }

    /// <summary>Changes a round's rubric until its first score is saved; after that totals must stay comparable.</summary>
    public async Task<Result<Round>> ChangeRubricAsync(SignedInUser by, string roundId, List<CriterionRequest>? criteria, CancellationToken cancellationToken)
    {
        var rubric = RoundRules.RubricOf(criteria);
        if (rubric.Check() is { Count: > 0 } errors)
            return Problem.Invalid(errors.ToDictionary(e => $"rubric{e.Key["criteria".Length..]}", e => e.Value));
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return RoundNotFound();
        if (round.RubricFrozen)
            return new Problem(ProblemKind.Conflict, "Thang điểm đã khóa", "Vòng chấm đã có phiếu chấm được lưu; không thể sửa thang điểm.");
        var changed = round with { Rubric = rubric };
        await rounds.SaveAsync(changed, cancellationToken);
        await audit.RecordAsync(by, AuditAction.RoundSaved, round.Id, $"Sửa thang điểm: {rubric.Criteria.Count} tiêu chí, tối đa {Points.Format(rubric.MaxTotal)} điểm", cancellationToken);
        return changed;
    }

    /// <summary>
    /// Records a conflict the rules cannot see; an unscored assignment of that judge to the entry moves to another
    /// judge at once. A judge who already saved a score on it must recuse or be unlocked first.
    /// </summary>
    public async Task<Result<AssignmentPlan>> DeclareConflictAsync(SignedInUser by, string roundId, string? entryId, string? judgeEmail, string? reason, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return RoundNotFound();
        var email = StaffService.NormalizeEmail(judgeEmail);
        var errors = new Dictionary<string, string[]>();
        var why = Reason.Read("reason", reason, errors);
        if (!round.HasJudge(email)) errors["judge"] = ["Giám khảo này không thuộc vòng chấm."];
        var sealedEntry = await rounds.FindEntryAsync(round.Id, Text.Clean(entryId), cancellationToken);
        if (sealedEntry is null) errors["entryId"] = ["Bài này không có trong vòng chấm."];
        if (errors.Count > 0) return Problem.Invalid(errors);

        var existing = await scores.FindAsync(round.Id, email, sealedEntry!.EntryId, cancellationToken);
        if (existing is { Score.State: ScoreState.Draft or ScoreState.Submitted })
            return new Problem(ProblemKind.Conflict, "Giám khảo đã chấm bài này",
                "Giám khảo đã lưu điểm cho bài này; đề nghị giám khảo xin rút, hoặc mở khóa rồi trao đổi với giám khảo.");
        round = round with { Conflicts = [.. round.Conflicts, new DeclaredConflict(sealedEntry.EntryId, email, why)] };
        await rounds.SaveAsync(round, cancellationToken);
        if (existing is { Score.State: ScoreState.Assigned } && !await scores.RemoveAsync(existing.Score, existing.Version, cancellationToken))
            return Problem.Unavailable();
        await audit.RecordAsync(by, AuditAction.ConflictDeclared, $"{round.Id}/{sealedEntry.Facts.Code}/{email}", why, cancellationToken);
        var taken = await placement.EntriesTakenAsync(round, cancellationToken);
        return await placement.PlanAsync(round, sealedEntry.ReadyForJudges ? [sealedEntry] : [], taken, cancellationToken);
    }

    /// <summary>Moves one unscored assignment from one judge to another who is free of conflict with the entry.</summary>
    public async Task<Result<Score>> MoveAssignmentAsync(SignedInUser by, string roundId, string? entryId, string? fromJudge, string? toJudge, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return RoundNotFound();
        var from = StaffService.NormalizeEmail(fromJudge);
        var to = StaffService.NormalizeEmail(toJudge);
        if (await scores.FindAsync(round.Id, from, Text.Clean(entryId), cancellationToken) is not { } stored)
            return Problem.NotFound("Không tìm thấy phân công", "Giám khảo này không được phân công chấm bài này.");
        if (stored.Score.State != ScoreState.Assigned)
            return new Problem(ProblemKind.Conflict, "Giám khảo đã chấm bài này", "Chỉ chuyển được bài giám khảo chưa lưu điểm.");
        if (!round.HasJudge(to)) return Problem.InvalidField("to", "Giám khảo nhận bài không thuộc vòng chấm.");
        if (await scores.FindAsync(round.Id, to, stored.Score.EntryId, cancellationToken) is { Score.State: not ScoreState.Recused })
            return Problem.InvalidField("to", "Giám khảo này đã được phân công chấm bài này.");

        var members = (await staff.ListAsync(cancellationToken)).Where(JudgePlacement.IsJudge).ToDictionary(m => m.Email);
        var taken = await placement.EntriesTakenAsync(round, cancellationToken);
        if (members.GetValueOrDefault(to) is not { } member || !taken.TryGetValue(stored.Score.EntryId, out var entry))
            return Problem.InvalidField("to", "Giám khảo nhận bài không thuộc Ban Giám khảo.");
        var conflict = (await placement.ConflictsAsync(round, cancellationToken)).Between(new Judge(to, member.Name, member.UnitId), JudgingCandidates.From(entry));
        if (conflict != Conflict.None)
            return Problem.InvalidField("to", $"Giám khảo này vướng xung đột với bài ({ConflictText(conflict)}).");

        if (!await scores.RemoveAsync(stored.Score, stored.Version, cancellationToken)) return Problem.Unavailable();
        var moved = new Score { RoundId = round.Id, EntryId = stored.Score.EntryId, Facts = stored.Score.Facts, JudgeEmail = to, AssignedAt = clock.GetUtcNow() };
        await scores.AddAsync([moved], cancellationToken);
        await audit.RecordAsync(by, AuditAction.AssignmentMoved, $"{round.Id}/{moved.Code}", $"{from} → {to}", cancellationToken);
        return moved;
    }

    /// <summary>The secretariat accepts a flagged copy as it is, or excludes the entry from the round, with a reason.</summary>
    public async Task<Result<SealedEntry>> DecideCopyAsync(SignedInUser by, string roundId, string? entryId, CopyDecision decision, string? reason, CancellationToken cancellationToken)
    {
        var checkedReason = Reason.Read("reason", reason);
        if (checkedReason.Problem is { } invalid) return invalid;
        var why = checkedReason.Value!;
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return RoundNotFound();
        if (await rounds.FindEntryAsync(round.Id, Text.Clean(entryId), cancellationToken) is not { } sealedEntry)
            return Problem.NotFound("Không tìm thấy bài", "Bài này không có trong vòng chấm.");
        if (decision == CopyDecision.Accept && sealedEntry.CopyBlobName is null)
            return new Problem(ProblemKind.Conflict, "Chưa có bản cho giám khảo", "Tệp này không làm sạch được; hãy tải lên bản đã che thông tin tác giả hoặc loại bài.");
        var decided = sealedEntry with
        {
            CopyState = decision == CopyDecision.Accept ? CopyState.Accepted : CopyState.Excluded,
            DecisionReason = why,
        };
        await rounds.SaveEntryAsync(decided, cancellationToken);
        await audit.RecordAsync(by, AuditAction.CopyDecided, $"{round.Id}/{sealedEntry.Facts.Code}",
            $"{(decision == CopyDecision.Accept ? "Chấp nhận bản cho giám khảo" : "Loại khỏi vòng chấm")}: {why}", cancellationToken);
        return decided;
    }

    /// <summary>
    /// A link for the secretariat to upload a redacted copy of a flagged entry (the author's name blacked out, say),
    /// straight to storage like entrants' files; <see cref="ReplaceCopyAsync"/> then cleans and scans it in turn.
    /// </summary>
    public async Task<Result<RedactionUpload>> RedactionUploadAsync(string roundId, string? entryId, string? fileName, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return RoundNotFound();
        if (await rounds.FindEntryAsync(round.Id, Text.Clean(entryId), cancellationToken) is not { } sealedEntry
            || sealedEntry.CopyState == CopyState.Excluded)
            return Problem.NotFound("Không tìm thấy bài", "Bài này không có trong vòng chấm.");
        var extension = Path.GetExtension(Text.Clean(fileName)).ToLowerInvariant();
        if (extension is not (".docx" or ".pdf"))
            return Problem.InvalidField("fileName", "Bản đã che thông tin tác giả phải là tệp .docx hoặc .pdf.");
        var blobName = $"{RedactedPrefix}{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))}{extension}";
        var expiresAt = clock.GetUtcNow() + TimeSpan.FromMinutes(10);
        return new RedactionUpload(blobName, await files.CreateUploadLinkAsync(blobName, expiresAt, cancellationToken), expiresAt);
    }

    /// <summary>Makes the judges' copy from the redacted upload: cleaned and scanned like any file, it replaces the old copy.</summary>
    public async Task<Result<SealedEntry>> ReplaceCopyAsync(SignedInUser by, string roundId, string? entryId, string? blobName, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return RoundNotFound();
        if (await rounds.FindEntryAsync(round.Id, Text.Clean(entryId), cancellationToken) is not { } sealedEntry
            || sealedEntry.CopyState == CopyState.Excluded)
            return Problem.NotFound("Không tìm thấy bài", "Bài này không có trong vòng chấm.");
        var name = Text.Clean(blobName);
        // Only a name this service handed out: never another entry's file or an original.
        if (!System.Text.RegularExpressions.Regex.IsMatch(name, $"^{RedactedPrefix}[0-9a-f]{{32}}[.](docx|pdf)$"))
            return Problem.InvalidField("blobName", "Tệp tải lên không hợp lệ.");
        var size = await files.GetSizeAsync(name, cancellationToken);
        if (size is null) return Problem.InvalidField("blobName", "Chưa nhận được tệp. Vui lòng tải tệp lên rồi xác nhận lại.");
        if (await placement.CluesAsync(sealedEntry.EntryId, cancellationToken) is not { } clues)
            return Problem.NotFound("Không tìm thấy bài", "Bài này không còn trong danh sách bài dự thi.");

        var (copyName, state, hits) = await placement.CopyAsync(name, Path.GetExtension(name), clues, cancellationToken);
        var replaced = sealedEntry with
        {
            Facts = sealedEntry.Facts with { FileExtension = Path.GetExtension(name) },
            CopyBlobName = copyName ?? sealedEntry.CopyBlobName,
            CopyState = state == CopyState.Clean ? CopyState.Redacted : state,
            Hits = hits,
            DecisionReason = "Ban Thư ký tải lên bản đã che thông tin tác giả",
        };
        await rounds.SaveEntryAsync(replaced, cancellationToken);
        // Only the new copy stays: the upload it was made from and the copy it replaces hold the essay too, and an
        // entry that leaves play deletes only the copy its sealed entry names.
        await files.DiscardUploadAsync(name, cancellationToken);
        if (copyName is not null && sealedEntry.CopyBlobName is { } old && old != copyName) await files.DiscardUploadAsync(old, cancellationToken);
        await audit.RecordAsync(by, AuditAction.CopyDecided, $"{round.Id}/{sealedEntry.Facts.Code}",
            state == CopyState.Clean ? "Thay bằng bản đã che thông tin tác giả" : $"Bản thay thế vẫn có thể lộ danh tính ({hits.Count} chỗ)", cancellationToken);
        return replaced;
    }

    /// <summary>After a round closes: the entries that go on to the next round, by rank or by score.</summary>
    public async Task<Result<Round>> ShortlistAsync(SignedInUser by, string roundId, ShortlistRequest request, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return RoundNotFound();
        if (!round.IsClosedAt(clock.GetUtcNow()))
            return new Problem(ProblemKind.Conflict, "Vòng chấm chưa đóng", "Chỉ chọn bài vào vòng sau khi vòng chấm đã đóng.");
        if (request.Top is null == request.AtLeast is null)
            return Problem.InvalidField("top", "Chọn một cách: số bài dẫn đầu (top) hoặc điểm tối thiểu (atLeast).");
        if (request.Top is < 1 or > 10_000) return Problem.InvalidField("top", "Số bài phải từ 1 đến 10.000.");
        if (request.AtLeast is { } floor && (floor < 0 || floor > round.Rubric.MaxTotal))
            return Problem.InvalidField("atLeast", $"Điểm tối thiểu phải từ 0 đến {Points.Format(round.Rubric.MaxTotal)}.");

        var ranking = (await RankingAsync(round.Id, cancellationToken)).Value!;
        var ranked = ranking.Rows.Select(r => r.Ranked).ToList();
        var movementOf = ranking.Rows.ToDictionary(r => r.Sealed.EntryId, r => r.Sealed.Facts.MovementId);
        var chosen = request.Top is { } top
            ? Shortlist.Top(ranked, round.RankBy, top, request.PerMovement ? id => movementOf[id] : null)
            : Shortlist.AtLeast(ranked, round.RankBy, request.AtLeast!.Value);
        var saved = round with { Shortlist = chosen };
        await rounds.SaveAsync(saved, cancellationToken);
        await audit.RecordAsync(by, AuditAction.ShortlistSaved, round.Id, $"{chosen.Count} bài vào vòng sau", cancellationToken);
        return saved;
    }

    /// <summary>E-mails every judge of the round who still has entries to score; each judge at most once a day (Vietnam time).</summary>
    public async Task<Result<IReadOnlyList<string>>> RemindJudgesAsync(SignedInUser by, string roundId, string siteUrl, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return RoundNotFound();
        var now = clock.GetUtcNow();
        if (!round.IsOpenAt(now)) return new Problem(ProblemKind.Conflict, "Vòng chấm không mở", "Chỉ nhắc giám khảo khi vòng chấm đang mở.");
        var today = VietnamTime.Day(now);
        var all = (await scores.ListAsync(round.Id, cancellationToken)).Select(s => s.Score).ToList();
        var members = (await staff.ListAsync(cancellationToken)).ToDictionary(m => m.Email);
        var sent = new List<string>();
        var reminded = new Dictionary<string, DateOnly>(round.JudgesReminded);
        foreach (var email in round.JudgeEmails)
        {
            var mine = all.Where(s => s.JudgeEmail == email && s.State != ScoreState.Recused).ToList();
            var left = mine.Count(s => s.State != ScoreState.Submitted);
            if (left == 0 || reminded.GetValueOrDefault(email) == today) continue;
            var name = members.GetValueOrDefault(email)?.Name ?? email;
            var delivery = await mailer.SendAsync(JudgeReminderEmail.Compose(round, email, name, mine.Count, left, siteUrl), cancellationToken);
            if (!delivery.Accepted) continue;
            reminded[email] = today;
            sent.Add(email);
        }
        await rounds.SaveAsync(round with { JudgesReminded = reminded }, cancellationToken);
        await audit.RecordAsync(by, AuditAction.JudgesReminded, round.Id, $"{sent.Count} giám khảo", cancellationToken);
        return sent;
    }

    /// <summary>The score sheet (bảng tổng hợp điểm) for organizers: codes with entries and authors, each judge's criteria and total, mean, spread, rank.</summary>
    public async Task<Result<Export>> ScoreSheetAsync(SignedInUser by, string roundId, CancellationToken cancellationToken)
    {
        var result = await RankingAsync(roundId, cancellationToken);
        if (result.Problem is { } problem) return problem;
        var ranking = result.Value!;
        var sheet = new Sheet<RankingRow>("Bảng điểm", ScoreSheetColumns.For(ranking.Round), ranking.Rows);
        var export = await Export.WriteAsync(sheet, ExportFormat.Xlsx, $"bang-diem-{ranking.Round.Id}", clock.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(by, AuditAction.ScoresExported, ranking.Round.Id, $"{ranking.Rows.Count} bài", cancellationToken);
        return export;
    }

    private static string ConflictText(Conflict conflict) => conflict switch
    {
        Conflict.SameEmail => "trùng e-mail tác giả",
        Conflict.SameName => "trùng họ tên tác giả",
        Conflict.SameUnit => "cùng đơn vị",
        Conflict.UnitAbove => "đơn vị cấp trên của đơn vị dự thi",
        Conflict.UnitBelow => "đơn vị trực thuộc đơn vị dự thi",
        Conflict.Declared => "Ban Tổ chức đã xác định xung đột",
        Conflict.Recused => "giám khảo đã xin rút",
        _ => conflict.ToString(),
    };

    /// <summary>Where redacted uploads land, beside the judges' copies and as opaque.</summary>
    private const string RedactedPrefix = "judging/redacted/";

    private static string NewRoundId() => $"r{Codes.NewEntryId().ToLowerInvariant()}";

    private static Problem RoundNotFound() => Problem.NotFound("Không tìm thấy vòng chấm", "Không có vòng chấm này.");
}
