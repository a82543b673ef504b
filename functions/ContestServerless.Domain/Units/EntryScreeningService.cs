using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Units;

/// <summary>The focal point forwards entries of the unit and its sub-units to the organizers, or holds them back, until submission closes.</summary>
public sealed class EntryScreeningService(ContestOptions contest, UnitAccess access, IEntryStore entries, TimeProvider clock)
{
    private const int MaxSaveAttempts = 10;

    private static readonly Choice<Screening> Decisions = new("Quyết định chỉ có thể là forward (chuyển Ban Tổ chức), hold (giữ lại) hoặc none (bỏ chọn).",
        ("forward", Screening.Forwarded), ("hold", Screening.HeldBack), ("none", Screening.None));

    /// <summary>Forward ("forward"), hold back ("hold", with a reason) or undo ("none"), until submission closes.</summary>
    public async Task<Result<Entry>> ScreenAsync(string? token, string entryId, string? decision, string? reason, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(token, cancellationToken);
        if (opened.Problem is { } denied) return denied;
        var scope = opened.Value!;

        // The portal takes its words in any case.
        var chosen = Decisions.Read("decision", decision?.ToLowerInvariant());
        if (chosen.Problem is { } unknown) return unknown;
        var screening = chosen.Value;
        var checkedReason = new FreeText("lý do giữ lại bài", 1000, LineBreaks: true,
            Missing: screening == Screening.HeldBack ? "Vui lòng ghi lý do giữ lại bài." : null).Read("reason", reason);
        if (checkedReason.Problem is { } invalid) return invalid;
        var why = checkedReason.Value!;
        var now = clock.GetUtcNow();
        if (!contest.ScreeningOpenAt(now))
            return new Problem(ProblemKind.Closed, "Đã hết hạn sơ loại bài", $"Đơn vị chỉ sơ loại bài trước {VietnamTime.DateTime(contest.SubmissionClosesAt)}.");

        return await Contention.RetryAsync(MaxSaveAttempts, async Task<Result<Entry>?> () =>
        {
            if (await scope.FindEntryAsync(entries, entryId, cancellationToken) is not { Entry: var entry } stored) return UnitScope.NotInScope();
            if (entry.Screen(screening, why, now) is { } notReceived) return notReceived;
            if (!await entries.SaveAsync(entry, stored.Version, cancellationToken)) return null;
            return entry;
        }, cancellationToken)
            ?? throw new InvalidOperationException($"Screening of entry {entryId} could not be saved after {MaxSaveAttempts} attempts.");
    }
}
