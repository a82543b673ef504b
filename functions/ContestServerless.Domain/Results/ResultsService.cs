using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Duplicates;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Exports;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Reports;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Results;

/// <summary>
/// The results (kết quả): prize tiers filled from the final round's ranking, ties the committee settles, approval that
/// locks them and opens the codes to names, publication at a chosen time, and telling entrants and units exactly once.
/// </summary>
public sealed class ResultsService(
    IResultsStore store,
    ResultsOptions options,
    JudgingService judging,
    JudgePlacement placement,
    IRoundStore rounds,
    ContestOptions contest,
    IEntryStore entries,
    IUnitRegister units,
    IQuickReportStore reports,
    IReminderStore claims,
    IMailer mailer,
    ReminderOptions reminderOptions,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>Claim rows of the entrants' results e-mails in the reminders' store; '~' cannot start a unit id.</summary>
    public const string EntrantPartition = "~results";

    /// <summary>The claim row of a unit's results e-mail, in the unit's own reminders partition.</summary>
    public const string UnitStep = "results";

    public const int MaxReason = 500;

    /// <summary>The reminders' claim-before-send rows, over this service's own dependencies.</summary>
    private ClaimedMail Mail => new(claims, mailer, reminderOptions, clock);

    /// <summary>What the audit trail names as the subject of every results decision.</summary>
    private const string Subject = "results";

    public async Task<Result<ResultsBoard>> BoardAsync(SignedInUser by, CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(cancellationToken);
        var round = await FinalRoundAsync(state, cancellationToken);
        var ranked = await RankedAsync(round, cancellationToken);
        var flags = await placement.FlagsAsync(cancellationToken);
        var proposal = state.Approval?.Proposal ?? ProposalBuilder.Build(ranked, TiersOf(state), state, flags.CopiesOf);
        IReadOnlyDictionary<string, Winner> identities = new Dictionary<string, Winner>();
        IReadOnlyList<ResultsCandidate> leftPlay = [];
        IReadOnlyList<ResultsCandidate> undecided = state.Approval is null ? Undecided(proposal, flags) : [];
        if (state.Approval is { } approval)
        {
            leftPlay = await LeftPlayAsync(approval.Proposal, cancellationToken);
            // Opening the codes (mở phách) shows names to a person: on the audit trail each time.
            identities = (await WinnersAsync(approval.Proposal, cancellationToken)).ToDictionary(w => w.Candidate.EntryId);
            await audit.RecordAsync(by, AuditAction.ResultsIdentitiesViewed, Subject, $"{identities.Count} bài đạt giải", cancellationToken);
        }
        return new ResultsBoard(round, ranked, proposal, state, TiersOf(state), identities, leftPlay) { Undecided = undecided };
    }

    /// <summary>Proposed prizes whose entries wait for a decision: an eligibility flag or a possible duplicate nobody decided.</summary>
    private static List<ResultsCandidate> Undecided(Proposal proposal, OpenFlags flags) =>
        [.. proposal.Placed.Select(p => p.Entry.Candidate).Where(c => flags.Holds(c.EntryId))];

    /// <summary>
    /// Approved prizes whose entries left play after approval (<see cref="Entry.InPlay"/>): the approved results stay as
    /// they were, but they are not published until the committee unlocks them and decides.
    /// </summary>
    private async Task<IReadOnlyList<ResultsCandidate>> LeftPlayAsync(Proposal approved, CancellationToken cancellationToken)
    {
        var left = new List<ResultsCandidate>();
        foreach (var (_, placed) in approved.Placed)
            if (await entries.FindAsync(placed.Candidate.EntryId, cancellationToken) is not { Entry.InPlay: true })
                left.Add(placed.Candidate);
        return left;
    }

    public IReadOnlyList<PrizeTier> TiersOf(ResultsState state) => state.Tiers ?? options.Tiers;

    public async Task<Result<ResultsState>> SaveSettingsAsync(SignedInUser by, ResultsSettingsRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var tiers = new List<PrizeTier>();
        var given = request.Tiers ?? [];
        if (given.Count is 0 or > 20) errors["tiers"] = ["Cần từ 1 đến 20 hạng giải."];
        for (var i = 0; i < given.Count; i++)
        {
            var t = given[i];
            var name = new FreeText("tên hạng giải", 100, Missing: "Vui lòng nhập tên hạng giải.").Read($"tiers[{i}].name", t.Name, errors);
            if (t.Quota is not (>= 0 and <= 1000)) errors[$"tiers[{i}].quota"] = ["Số giải phải từ 0 đến 1.000."];
            var movement = Text.Clean(t.MovementId);
            if (movement.Length > 0 && contest.FindMovement(movement) is null) errors[$"tiers[{i}].movementId"] = ["Phong trào thi đua không hợp lệ."];
            if (t.Amount is < 0) errors[$"tiers[{i}].amount"] = ["Giá trị giải không được âm."];
            tiers.Add(new PrizeTier { Name = name, Quota = t.Quota ?? 0, MovementId = movement.Length > 0 ? movement : null, Amount = t.Amount });
        }
        if (tiers.GroupBy(t => t.Name).Any(g => g.Key.Length > 0 && g.Count() > 1)) errors["tiers"] = ["Tên các hạng giải không được trùng nhau."];
        var roundId = Text.Clean(request.RoundId);
        if (roundId.Length > 0 && await rounds.FindAsync(roundId, cancellationToken) is null) errors["roundId"] = ["Không có vòng chấm này."];
        if (errors.Count > 0) return Problem.Invalid(errors);

        return await ChangeAsync(state => state with { Tiers = tiers, RoundId = roundId.Length > 0 ? roundId : null },
            ct => audit.RecordAsync(by, AuditAction.ResultsChanged, Subject, $"Hạng giải: {string.Join(", ", tiers.Select(t => $"{t.Name} {t.Quota}"))}", ct),
            cancellationToken);
    }

    public async Task<Result<ResultsState>> ResolveTieAsync(SignedInUser by, TieRequest request, CancellationToken cancellationToken)
    {
        // The note is checked before the ties are worked out, so bad text is refused whatever else is wrong.
        var checkedNote = new FreeText("kết quả biểu quyết", MaxReason, LineBreaks: true).Read("note", request.Note);
        if (checkedNote.Problem is { } badNote) return badNote;
        var note = checkedNote.Value!;
        var state = await store.GetAsync(cancellationToken);
        if (Locked(state) is { } locked) return locked;
        var proposal = await ProposeAsync(await FinalRoundAsync(state, cancellationToken), state, cancellationToken);
        if (proposal.Ties.FirstOrDefault(t => t.Key == request.Key) is not { } tie)
            return Problem.InvalidField("key", "Không có trường hợp đồng hạng này (kết quả có thể vừa thay đổi; vui lòng tải lại trang).");
        TieMethod? method = request.Method switch { "moveUp" => TieMethod.MoveUp, "extend" => TieMethod.Extend, "vote" => TieMethod.Vote, _ => null };
        if (method is null) return Problem.InvalidField("method", "Chọn cách giải quyết: xét chọn, tăng số giải hoặc biểu quyết.");
        var chosen = (request.Chosen ?? []).Select(Text.Clean).Distinct().ToList();
        var errors = new Dictionary<string, string[]>();
        if (method != TieMethod.Extend && (chosen.Count != tie.Seats || chosen.Any(c => !tie.EntryIds.Contains(c))))
            errors["chosen"] = [$"Chọn đúng {tie.Seats} bài trong số các bài đồng hạng."];
        if (method == TieMethod.Vote && note.Length == 0) errors["note"] = ["Vui lòng ghi kết quả biểu quyết (ví dụ: 5/7 phiếu)."];
        if (errors.Count > 0) return Problem.Invalid(errors);

        var resolution = new TieResolution(tie.Key, method.Value, method == TieMethod.Extend ? [] : chosen, note, by.Name, clock.GetUtcNow());
        return await SaveAsync(state, state with { Resolutions = [.. state.Resolutions.Where(r => r.Key != tie.Key), resolution] },
            ct => audit.RecordAsync(by, AuditAction.ResultsChanged, Subject, $"Giải quyết đồng hạng ({tie.TierName}, hạng {tie.Rank}): {method} {string.Join(", ", chosen)} {note}".Trim(), ct), cancellationToken);
    }

    public async Task<Result<ResultsState>> SwapAsync(SignedInUser by, SwapRequest request, CancellationToken cancellationToken)
    {
        var a = Text.Clean(request.EntryA);
        var b = Text.Clean(request.EntryB);
        var errors = new Dictionary<string, string[]>();
        var reason = new FreeText("lý do hoán đổi", MaxReason, LineBreaks: true, Missing: "Vui lòng nêu lý do hoán đổi.").Read("reason", request.Reason, errors);
        if (a.Length == 0 || b.Length == 0 || a == b) errors["entryB"] = ["Chọn hai bài khác nhau để hoán đổi."];
        if (errors.Count > 0) return Problem.Invalid(errors);
        var state = await store.GetAsync(cancellationToken);
        if (Locked(state) is { } locked) return locked;
        var proposal = await ProposeAsync(await FinalRoundAsync(state, cancellationToken), state, cancellationToken);
        var placed = proposal.Placed.Select(p => p.Entry.Candidate.EntryId).ToHashSet();
        if (!placed.Contains(a) && !placed.Contains(b)) return Problem.InvalidField("entryA", "Ít nhất một trong hai bài phải đang được đề nghị giải.");
        var inRound = (await RankedAsync(await FinalRoundAsync(state, cancellationToken), cancellationToken)).Select(c => c.EntryId).ToHashSet();
        if (!inRound.Contains(a) || !inRound.Contains(b)) return Problem.InvalidField("entryB", "Bài này không có trong bảng xếp hạng của vòng chung khảo.");
        var swap = new PrizeSwap(a, b, reason, by.Name, clock.GetUtcNow());
        return await SaveAsync(state, state with { Swaps = [.. state.Swaps, swap] },
            ct => audit.RecordAsync(by, AuditAction.ResultsChanged, Subject, $"Hoán đổi {a} ↔ {b}: {reason}", ct), cancellationToken);
    }

    /// <summary>
    /// Takes an ineligible entry out; the next ranked entry moves up. Allowed after approval (that is when names are
    /// known), and then the approved copy is made again, unless doing so opens a tie nobody settled.
    /// </summary>
    public async Task<Result<ResultsState>> DisqualifyAsync(SignedInUser by, DisqualifyRequest request, CancellationToken cancellationToken)
    {
        var checkedReason = new FreeText("lý do loại bài", MaxReason, LineBreaks: true, Missing: "Vui lòng nêu lý do loại bài.").Read("reason", request.Reason);
        if (checkedReason.Problem is { } invalid) return invalid;
        var reason = checkedReason.Value!;
        var entryId = Text.Clean(request.EntryId);
        var state = await store.GetAsync(cancellationToken);
        if (state.PublishAt is not null) return Published();
        var round = await FinalRoundAsync(state, cancellationToken);
        var ranked = await RankedAsync(round, cancellationToken);
        if (ranked.All(c => c.EntryId != entryId)) return Problem.InvalidField("entryId", "Bài này không có trong bảng xếp hạng của vòng chung khảo.");
        if (state.Disqualified.Any(d => d.EntryId == entryId)) return new Problem(ProblemKind.Conflict, "Bài đã bị loại", "Bài này đã bị loại trước đó.");
        var changed = state with { Disqualified = [.. state.Disqualified, new Disqualification(entryId, reason, by.Name, clock.GetUtcNow())] };
        if (state.Approval is { } approval)
        {
            var again = ProposalBuilder.Build(ranked, TiersOf(changed), changed, (await placement.FlagsAsync(cancellationToken)).CopiesOf);
            if (again.HasUnresolvedTie)
                return new Problem(ProblemKind.Conflict, "Cần mở khóa kết quả",
                    "Loại bài này làm phát sinh trường hợp đồng hạng; vui lòng mở khóa kết quả, loại bài rồi giải quyết đồng hạng trước khi phê duyệt lại.");
            changed = changed with { Approval = approval with { Proposal = again } };
        }
        return await SaveAsync(state, changed,
            ct => audit.RecordAsync(by, AuditAction.EntryDisqualified, Subject, $"Loại bài {entryId}: {reason}", ct), cancellationToken);
    }

    /// <summary>
    /// Approves the results. While submissions are still open (or not yet open) approval is refused unless
    /// <paramref name="earlyReason"/> says why the committee decides early; the reason goes on the audit trail.
    /// </summary>
    public async Task<Result<ResultsState>> ApproveAsync(SignedInUser by, string? earlyReason, CancellationToken cancellationToken)
    {
        var checkedReason = EarlyReason.Read("reason", earlyReason);
        if (checkedReason.Problem is { } badReason) return badReason;
        if (WhileSubmissionsOpen("phê duyệt", checkedReason.Value!) is { } tooEarly) return tooEarly;
        var early = Early(checkedReason.Value!);
        var state = await store.GetAsync(cancellationToken);
        if (state.Approval is not null) return new Problem(ProblemKind.Conflict, "Kết quả đã được phê duyệt", "Kết quả đã được phê duyệt và đang bị khóa.");
        if (await FinalRoundAsync(state, cancellationToken) is not { } round)
            return new Problem(ProblemKind.Conflict, "Chưa có vòng chấm", "Chưa có vòng chấm nào để xét giải.");
        if (!round.IsClosedAt(clock.GetUtcNow()))
            return new Problem(ProblemKind.Conflict, "Vòng chấm chưa đóng", $"Vòng “{round.Name}” chưa đóng; chỉ phê duyệt kết quả sau khi vòng chấm cuối đã đóng.");
        var flags = await placement.FlagsAsync(cancellationToken);
        var proposal = ProposalBuilder.Build(await RankedAsync(round, cancellationToken), TiersOf(state), state, flags.CopiesOf);
        if (proposal.HasUnresolvedTie)
            return new Problem(ProblemKind.Conflict, "Còn trường hợp đồng hạng chưa giải quyết",
                "Hội đồng cần giải quyết mọi trường hợp đồng hạng ở ranh giới số giải (xét chọn, tăng số giải hoặc biểu quyết) trước khi phê duyệt.");
        if (!proposal.Placed.Any()) return new Problem(ProblemKind.Conflict, "Chưa có bài đạt giải", "Bảng xếp hạng chưa có bài nào được chấm điểm.");
        // A prize for an entry nobody has decided about would publish a copy or an ineligible author without a word.
        if (Undecided(proposal, flags) is { Count: > 0 } undecided)
            return new Problem(ProblemKind.Conflict, "Còn bài đạt giải chưa được quyết định",
                $"Các bài {string.Join("; ", undecided.Select(c => $"{c.Code} “{c.Title}” ({WhyUndecided(flags, c.EntryId)})"))} "
                + "cần Ban Tổ chức quyết định ở trang Bài dự thi (giữ lại hoặc loại, đánh dấu bản trùng hoặc xác nhận không trùng) trước khi phê duyệt.");
        var approval = new ResultsApproval(round.Id, round.Name, proposal, by.Name, clock.GetUtcNow());
        return await SaveAsync(state, state with { Approval = approval },
            ct => audit.RecordAsync(by, AuditAction.ResultsApproved, Subject, $"{round.Name}: {proposal.Placed.Count()} giải{early}", ct), cancellationToken);
    }

    public async Task<Result<ResultsState>> UnlockAsync(SignedInUser by, string? reason, CancellationToken cancellationToken)
    {
        var checkedReason = new FreeText("lý do mở khóa", MaxReason, LineBreaks: true, Missing: "Vui lòng nêu lý do mở khóa.").Read("reason", reason);
        if (checkedReason.Problem is { } invalid) return invalid;
        var why = checkedReason.Value!;
        var state = await store.GetAsync(cancellationToken);
        if (state.Approval is null) return new Problem(ProblemKind.Conflict, "Kết quả chưa được phê duyệt", "Kết quả chưa bị khóa.");
        // Unlocking takes the results off the public page as well: what is public must be what is approved.
        return await SaveAsync(state, state with { Approval = null, PublishAt = null },
            ct => audit.RecordAsync(by, AuditAction.ResultsUnlocked, Subject, why, ct), cancellationToken);
    }

    /// <summary>
    /// Sets when the results become public; <paramref name="at"/> is Vietnam local time ("yyyy-MM-ddTHH:mm"), empty for
    /// now. Refused while submissions are open unless <paramref name="earlyReason"/> says why (audited), as approval is.
    /// </summary>
    public async Task<Result<ResultsState>> PublishAsync(SignedInUser by, string? at, string? earlyReason, CancellationToken cancellationToken)
    {
        var checkedReason = EarlyReason.Read("reason", earlyReason);
        if (checkedReason.Problem is { } badReason) return badReason;
        var now = clock.GetUtcNow();
        DateTimeOffset when;
        var text = Text.Clean(at);
        if (text.Length == 0) when = now;
        else if (VietnamTime.TryParse(text, out var parsed)) when = parsed < now ? now : parsed;
        else return Problem.InvalidField("at", VietnamTime.InvalidInstant("Thời điểm công bố"));
        if (WhileSubmissionsOpen("công bố", checkedReason.Value!) is { } tooEarly) return tooEarly;
        var early = Early(checkedReason.Value!);
        var state = await store.GetAsync(cancellationToken);
        if (state.Approval is null)
            return new Problem(ProblemKind.Conflict, "Kết quả chưa được phê duyệt", "Chỉ công bố kết quả sau khi Hội đồng đã phê duyệt.");
        if (state.PublishAt is not null) return Published();
        if (await LeftPlayAsync(state.Approval.Proposal, cancellationToken) is { Count: > 0 } left)
            return new Problem(ProblemKind.Conflict, "Có bài đạt giải đã ra khỏi cuộc thi",
                $"Bài {string.Join(", ", left.Select(c => c.Code))} đã được phê duyệt đạt giải nhưng sau đó bị rút, bị xóa, bị loại hoặc bị đánh dấu là bản trùng. " +
                "Ban Tổ chức cần mở khóa kết quả (nêu lý do) và xét lại trước khi công bố.");
        return await SaveAsync(state, state with { PublishAt = when },
            ct => audit.RecordAsync(by, AuditAction.ResultsPublished, Subject, $"Công bố lúc {VietnamTime.DateTime(when)}{early}", ct), cancellationToken);
    }

    /// <summary>The public results, once their time has come.</summary>
    public async Task<Result<PublicResults>> PublicAsync(CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(cancellationToken);
        if (!state.IsPublishedAt(clock.GetUtcNow()) || state.Approval is not { } approval)
            return Problem.NotFound("Chưa công bố kết quả", "Kết quả cuộc thi chưa được công bố. Vui lòng quay lại sau.");
        var winners = (await WinnersAsync(approval.Proposal, cancellationToken)).ToLookup(w => w.TierName);
        return new PublicResults(state.PublishAt!.Value, approval.Proposal.Tiers.Select(t => new PublishedTier(t.Tier, [.. winners[t.Tier.Name]])).ToList());
    }

    /// <summary>The tier an entry won once results are public: null when not public; "" when it won none.</summary>
    public async Task<string?> EntryResultAsync(string entryId, CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(cancellationToken);
        if (!state.IsPublishedAt(clock.GetUtcNow()) || state.Approval is not { } approval) return null;
        return approval.Proposal.Placed.FirstOrDefault(p => p.Entry.Candidate.EntryId == entryId).Tier?.Tier.Name ?? "";
    }

    /// <summary>The approved results, for the minutes and the certificates; null before approval.</summary>
    public async Task<ResultsApproval?> ApprovedAsync(CancellationToken cancellationToken) => (await store.GetAsync(cancellationToken)).Approval;

    /// <summary>The approved prizes with their authors and units, tier by tier.</summary>
    public async Task<IReadOnlyList<Winner>> WinnersAsync(Proposal approved, CancellationToken cancellationToken)
    {
        var register = (await units.ListAsync(cancellationToken)).ToDictionary(u => u.Id);
        var winners = new List<Winner>();
        foreach (var (tier, placed) in approved.Placed)
        {
            var entry = (await entries.FindAsync(placed.Candidate.EntryId, cancellationToken))?.Entry;
            var unitId = entry?.UnitId ?? "";
            winners.Add(new Winner(tier.Tier.Name, tier.Tier.Amount, placed.Candidate,
                entry is null ? [] : [.. entry.Members.Select(m => m.FullName)], unitId,
                register.GetValueOrDefault(unitId)?.Name ?? unitId,
                contest.FindMovement(placed.Candidate.MovementId)?.Name ?? placed.Candidate.MovementId));
        }
        return winners;
    }

    /// <summary>Every active unit's participation, for choosing unit awards.</summary>
    public async Task<IReadOnlyList<UnitAward>> UnitAwardsAsync(CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(cancellationToken);
        var register = (await units.ListAsync(cancellationToken)).Where(u => u.Active).ToList();
        var ids = register.Select(u => u.Id).ToList();
        var tallies = (await entries.GetTalliesAsync(ids, cancellationToken)).ToDictionary(t => t.UnitId);
        var latest = (await reports.LatestAsync(ids, cancellationToken)).ToDictionary(r => r.UnitId);
        var round = await FinalRoundAsync(state, cancellationToken);
        var unitOf = new Dictionary<string, string>();
        if (round is not null)
            foreach (var sealedEntry in await rounds.EntriesAsync(round.Id, cancellationToken))
                if ((await entries.FindAsync(sealedEntry.EntryId, cancellationToken))?.Entry is { } entry) unitOf[entry.Id] = entry.UnitId;
        var prizes = state.Approval is { } approval
            ? approval.Proposal.Placed.GroupBy(p => unitOf.GetValueOrDefault(p.Entry.Candidate.EntryId) ?? "").ToDictionary(g => g.Key, g => g.Count())
            : [];
        var inFinal = unitOf.Values.GroupBy(u => u).ToDictionary(g => g.Key, g => g.Count());
        return register.Select(u => new UnitAward(u.Id, u.Name, u.MinimumEntries,
            tallies.GetValueOrDefault(u.Id)?.ReceivedEntries ?? 0, inFinal.GetValueOrDefault(u.Id), prizes.GetValueOrDefault(u.Id),
            latest.TryGetValue(u.Id, out var report) ? !report.Late : null, state.AwardedUnits.Contains(u.Id))).ToList();
    }

    public async Task<Result<ResultsState>> SaveUnitAwardsAsync(SignedInUser by, List<string>? unitIds, CancellationToken cancellationToken)
    {
        var chosen = (unitIds ?? []).Select(Text.Clean).Distinct().ToList();
        var known = (await units.ListAsync(cancellationToken)).Select(u => u.Id).ToHashSet();
        if (chosen.FirstOrDefault(id => !known.Contains(id)) is { } unknown) return Problem.InvalidField("units", $"Không có đơn vị “{unknown}”.");
        var state = await store.GetAsync(cancellationToken);
        if (state.PublishAt is not null) return Published();
        return await SaveAsync(state, state with { AwardedUnits = chosen },
            ct => audit.RecordAsync(by, AuditAction.ResultsChanged, Subject, $"Giải tập thể: {string.Join(", ", chosen)}", ct), cancellationToken);
    }

    /// <summary>
    /// E-mails each entrant with an address and each unit's focal points, once: each e-mail is claimed in the
    /// reminders' store before it is sent, so a second run (or two at once) sends nothing new; failures go again next run.
    /// </summary>
    public async Task<Result<ResultsNotification>> NotifyAsync(SignedInUser by, CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (!state.IsPublishedAt(now) || state.Approval is not { } approval)
            return new Problem(ProblemKind.Conflict, "Kết quả chưa được công bố", "Chỉ gửi thông báo sau khi kết quả đã được công bố.");
        var tierOf = approval.Proposal.Placed.ToDictionary(p => p.Entry.Candidate.EntryId, p => p.Tier.Tier.Name);
        var all = await JudgedEntriesAsync(cancellationToken);

        var page = new Uri(new Uri(reminderOptions.SiteUrl), "/ket-qua.html");
        int sent = 0, failed = 0, done = 0, noAddress = 0;
        void Count(ReminderState? outcome)
        {
            switch (outcome)
            {
                case ReminderState.Sent: sent++; break;
                case ReminderState.Failed: failed++; break;
                case ReminderState.Skipped: noAddress++; break;
                default: done++; break;
            }
        }

        foreach (var entry in all)
        {
            if (entry.Author.Email.Length == 0) { noAddress++; continue; }
            Count(await ClaimAndSendAsync(EntrantPartition, entry.Id, by.Name,
                () => ResultsEmail.ToEntrant(entry, tierOf.GetValueOrDefault(entry.Id), contest, page), cancellationToken));
        }
        var register = (await units.ListAsync(cancellationToken)).ToDictionary(u => u.Id);
        foreach (var group in all.GroupBy(e => e.UnitId))
        {
            if (!register.TryGetValue(group.Key, out var unit)) continue;
            var hasAddress = unit.FocalPoints.Any(f => f.Email.Length > 0);
            Count(await ClaimAndSendAsync(unit.Id, UnitStep, by.Name,
                hasAddress
                    ? () => ResultsEmail.ToUnit(unit, [.. group.Select(e => (e, tierOf.GetValueOrDefault(e.Id)))], state.AwardedUnits.Contains(unit.Id), contest, page)
                    : null, cancellationToken));
        }
        var run = new ResultsNotification(sent, failed, done, noAddress);
        await audit.RecordAsync(by, AuditAction.ResultsNotified, Subject, $"{sent} thư đã gửi, {failed} thư lỗi, {done} thư đã gửi trước đó", cancellationToken);
        return run;
    }

    /// <summary>
    /// Who <see cref="NotifyAsync"/> would write to, counted without sending or claiming anything, so the organizer's
    /// confirmation can say how many people will get an e-mail. E-mails already sent are counted too: a run skips them.
    /// </summary>
    public async Task<ResultsRecipients> RecipientsAsync(CancellationToken cancellationToken)
    {
        var all = await JudgedEntriesAsync(cancellationToken);
        var register = (await units.ListAsync(cancellationToken)).ToDictionary(u => u.Id);
        var unitsWithAddress = all.Select(e => e.UnitId).Distinct()
            .Count(id => register.TryGetValue(id, out var unit) && unit.FocalPoints.Any(f => f.Email.Length > 0));
        var entrants = all.Count(e => e.Author.Email.Length > 0);
        return new ResultsRecipients(entrants, unitsWithAddress, all.Count - entrants);
    }

    /// <summary>Every entry that was sealed into any round: the people the results e-mails are about.</summary>
    private async Task<List<Entry>> JudgedEntriesAsync(CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>();
        foreach (var round in await rounds.ListAsync(cancellationToken))
            foreach (var sealedEntry in await rounds.EntriesAsync(round.Id, cancellationToken)) ids.Add(sealedEntry.EntryId);
        var all = new List<Entry>();
        foreach (var id in ids.Order(StringComparer.Ordinal))
            if ((await entries.FindAsync(id, cancellationToken))?.Entry is { } entry) all.Add(entry);
        return all;
    }

    /// <summary>The results sheet (.xlsx): every prize with its author and unit, then the unit awards table.</summary>
    public async Task<Result<Export>> ExportAsync(SignedInUser by, CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(cancellationToken);
        if (state.Approval is not { } approval)
            return new Problem(ProblemKind.Conflict, "Kết quả chưa được phê duyệt", "Chỉ xuất kết quả sau khi Hội đồng đã phê duyệt.");
        var winners = await WinnersAsync(approval.Proposal, cancellationToken);
        var awards = await UnitAwardsAsync(cancellationToken);
        var content = new MemoryStream();
        await XlsxWriter.WriteAsync(
            new Sheet<Winner>("Kết quả", ResultsSheets.WinnerColumns, winners),
            new Sheet<UnitAward>("Giải tập thể", ResultsSheets.UnitAwardColumns, awards),
            content, cancellationToken);
        content.Position = 0;
        var now = clock.GetUtcNow();
        await audit.RecordAsync(by, AuditAction.ResultsExported, Subject, $"{winners.Count} giải, {awards.Count(a => a.Awarded)} đơn vị được khen", cancellationToken);
        return new Export(ExportFormats.FileName("ket-qua", now, ExportFormat.Xlsx), ExportFormats.ContentType(ExportFormat.Xlsx), content);
    }

    /// <summary>The reminders' claim-before-send: null when another run has the row or had it.</summary>
    private async Task<ReminderState?> ClaimAndSendAsync(string partition, string key, string trigger, Func<MailMessage>? compose, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await Mail.ClaimAsync(partition, key, now, trigger, cancellationToken) is not { } claim) return null;
        return compose is null
            ? await Mail.SkipAsync(claim, now, cancellationToken)
            : await Mail.SendAndFinishAsync(claim, compose(), cancellationToken);
    }

    private async Task<Round?> FinalRoundAsync(ResultsState state, CancellationToken cancellationToken)
    {
        if (state.Approval is { } approval) return await rounds.FindAsync(approval.RoundId, cancellationToken);
        if (state.RoundId is { } id) return await rounds.FindAsync(id, cancellationToken);
        return (await rounds.ListAsync(cancellationToken)).OrderByDescending(r => r.OpensAt).ThenByDescending(r => r.Id, StringComparer.Ordinal).FirstOrDefault();
    }

    private async Task<IReadOnlyList<ResultsCandidate>> RankedAsync(Round? round, CancellationToken cancellationToken)
    {
        if (round is null) return [];
        var ranking = (await judging.RankingAsync(round.Id, cancellationToken)).Value;
        if (ranking is null) return [];
        return ranking.Rows.Where(r => r.Ranked.Rank is not null).Select(r => new ResultsCandidate(
            r.Sealed.EntryId, r.Sealed.Facts.Code, r.Sealed.Facts.Title, r.Sealed.Facts.MovementId, r.Ranked.Rank!.Value,
            (round.RankBy == RankBy.Normalized ? r.Ranked.Normalized : r.Ranked.Mean) ?? 0m)).ToList();
    }

    private async Task<Proposal> ProposeAsync(Round? round, ResultsState state, CancellationToken cancellationToken) =>
        ProposalBuilder.Build(await RankedAsync(round, cancellationToken), TiersOf(state), state, (await placement.FlagsAsync(cancellationToken)).CopiesOf);

    private static string WhyUndecided(OpenFlags flags, string entryId) =>
        flags.AwaitsEligibility(entryId) && flags.IsPossibleCopy(entryId) ? "chờ xem điều kiện dự thi, có thể trùng"
        : flags.AwaitsEligibility(entryId) ? "chờ xem điều kiện dự thi"
        : "có thể trùng với bài khác";

    private async Task<Result<ResultsState>> ChangeAsync(Func<ResultsState, ResultsState> change, Func<CancellationToken, Task> record, CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(cancellationToken);
        if (Locked(state) is { } locked) return locked;
        return await SaveAsync(state, change(state), record, cancellationToken);
    }

    /// <summary>Saves the change unless someone else changed the results since <paramref name="read"/>; only then is it audited.</summary>
    private async Task<Result<ResultsState>> SaveAsync(ResultsState read, ResultsState changed, Func<CancellationToken, Task> record, CancellationToken cancellationToken)
    {
        if (!await store.TrySaveAsync(changed with { Version = read.Version }, cancellationToken))
            return new Problem(ProblemKind.Conflict, "Kết quả vừa được thay đổi", "Một người khác vừa thay đổi kết quả; vui lòng tải lại trang rồi thử lại.");
        await record(cancellationToken);
        return await store.GetAsync(cancellationToken);
    }

    /// <summary>Why the committee approves or publishes before submissions close (optional until then; checked like every free text).</summary>
    private static readonly FreeText EarlyReason = new("lý do quyết định khi cuộc thi còn nhận bài", MaxReason, LineBreaks: true);

    /// <summary>
    /// Results are decided after the last entry is in: while the submission window is not closed, approving or
    /// publishing needs a reason (a round may open early, but the prize list may not go out silently).
    /// </summary>
    private Problem? WhileSubmissionsOpen(string act, string reason)
    {
        var window = contest.SubmissionWindowAt(clock.GetUtcNow());
        if (window == SubmissionWindow.Closed || reason.Length > 0) return null;
        var closes = VietnamTime.DateTime(contest.SubmissionClosesAt);
        return new Problem(ProblemKind.Conflict,
            window == SubmissionWindow.Open ? "Cuộc thi còn đang nhận bài" : "Cuộc thi chưa mở nhận bài",
            $"Hạn nhận bài là {closes}; chỉ {act} kết quả sau thời điểm này. Nếu Hội đồng cần {act} sớm hơn, vui lòng ghi lý do (lý do được ghi vào nhật ký).");
    }

    /// <summary>What the audit line adds when a decision was taken before submissions closed.</summary>
    private string Early(string reason) =>
        contest.SubmissionWindowAt(clock.GetUtcNow()) == SubmissionWindow.Closed ? "" : $"; quyết định khi cuộc thi còn nhận bài, lý do: {reason}";

    private static Problem? Locked(ResultsState state) => state.Approval is null ? null
        : new Problem(ProblemKind.Conflict, "Kết quả đã được phê duyệt", "Kết quả đã được phê duyệt và đang bị khóa; muốn thay đổi, Ban Tổ chức cần mở khóa (nêu lý do).");

    private static Problem Published() =>
        new(ProblemKind.Conflict, "Kết quả đã được công bố", "Kết quả đã được công bố hoặc đã hẹn giờ công bố; không công bố lại.");
}
