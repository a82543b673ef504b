using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Privacy;

namespace ContestServerless.Domain.Publishing;

/// <summary>
/// The authors give, change or withdraw their consent to publication on the entrant's own page, at any time (also
/// after closing and after the results): unlike corrections it does not wait for the submission window. Each change
/// is audited with what it was; the reading room reads consent on every request, so a withdrawal takes effect at once.
/// </summary>
public sealed class PublicationConsentService(EntrantAccess access, IPrivacyStore store, IEntryStore entries, IAuditLog audit,
    ContestOptions contest, PrivacyOptions privacy)
{
    private const int MaxSaveAttempts = 10;

    public async Task<Result<EntrantRecord>> AnswerAsync(string id, string? code, PublicationConsentRequest request, PublicCaller caller,
        CancellationToken cancellationToken)
    {
        var found = await access.AuthenticateAsync(id, code, caller, Refuse, cancellationToken);
        for (var attempt = 0; attempt < MaxSaveAttempts; attempt++)
        {
            if (found.Problem is { } problem) return problem;
            var (entry, version) = found.Value!;
            if (Refuse(entry) is { } refused) return refused;

            var answers = Read(entry, request, access.Now);
            if (answers.Problem is { } invalid) return invalid;
            var changed = answers.Value!.Where(a => !Same(entry.PublicationConsents.FirstOrDefault(c => c.Member == a.Member), a)).ToList();
            if (changed.Count == 0) return await access.RecordOfAsync(entry, cancellationToken);
            foreach (var answer in changed) entry.AnswerPublication(answer);

            if (await store.SaveAsync(entry, version, cancellationToken))
            {
                await audit.RecordAsync(PrivacyAudit.Entrant(entry.Id), AuditAction.PublicationConsentChanged, entry.Id,
                    string.Join("; ", changed.Select(Describe)), cancellationToken);
                return await access.RecordOfAsync(entry, cancellationToken);
            }
            await Contention.BackOffAsync(attempt, cancellationToken);
            found = await entries.FindAsync(entry.Id, cancellationToken) is { } reloaded ? reloaded : Problem.EntryNotFound();
        }
        return Problem.Unavailable();
    }

    /// <summary>A withdrawn or erased entry is never published, so there is nothing to consent to.</summary>
    private static Problem? Refuse(Entry entry) =>
        entry.Status == EntryStatus.Withdrawn ? EntrantAccess.WithdrawnProblem()
        : entry.DeidentifiedAt is not null ? new Problem(ProblemKind.Conflict, "Dữ liệu bài dự thi đã được xóa",
            "Thông tin tác giả của bài dự thi này đã được xóa theo quy định bảo vệ dữ liệu cá nhân; tác phẩm không được công bố.")
        : null;

    private Result<List<MemberConsent>> Read(Entry entry, PublicationConsentRequest request, DateTimeOffset now)
    {
        var given = request.Members ?? [];
        var errors = new Dictionary<string, string[]>();
        var answers = new List<MemberConsent>();
        var members = entry.Members.ToList();
        if (given.Count > members.Count) errors["members"] = ["Số tác giả không khớp với bài dự thi; vui lòng tải lại trang."];
        for (var i = 0; i < Math.Min(given.Count, members.Count); i++)
        {
            var answer = given[i];
            // The leader's guardian named on the entry form gives a minor leader's answer unless another name is typed.
            if (i == 0 && answer is not null && string.IsNullOrWhiteSpace(answer.GuardianName) && entry.Guardian is { } guardian)
                answer = answer with { GuardianName = guardian.FullName };
            var minor = Minors.IsMinor(contest, privacy, members[i].BirthYear);
            var previous = entry.PublicationConsents.FirstOrDefault(c => c.Member == i);
            if (PublicationConsents.Read($"members[{i}]", i, answer, minor, now, ConsentChannel.EntrantPage, previous, errors) is { } consent)
                answers.Add(consent);
        }
        if (errors.Count > 0) return Problem.Invalid(errors);
        if (answers.Count == 0) return Problem.InvalidField("members", "Vui lòng chọn đồng ý hoặc không đồng ý công bố tác phẩm.");
        return answers;
    }

    /// <summary>The same answer given again keeps the time it was first given.</summary>
    private static bool Same(MemberConsent? before, MemberConsent now) =>
        before is not null && before.Decision == now.Decision && before.Naming == now.Naming
        && before.PenName == now.PenName && before.GuardianName == now.GuardianName;

    /// <summary>The audit's words for one answer; the pen name is the author's public choice, so it may be named.</summary>
    private static string Describe(MemberConsent c) =>
        $"Tác giả {c.Member + 1}: {c.Decision switch
        {
            PublicationDecision.Agreed => $"đồng ý công bố ({PublicationConsents.Label(c.Naming)}{(c.PenName is { } pen ? $" “{pen}”" : "")})",
            PublicationDecision.Withdrawn => "rút lại đồng ý công bố",
            _ => "không đồng ý công bố",
        }}{(c.GuardianName is { } g ? $", người giám hộ {g} quyết định" : "")}";
}
