using System.Globalization;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Templates;

namespace ContestServerless.Domain.Judging;

/// <summary>Reminds the round's judges who still have entries to score, by e-mail, each at most once a day.</summary>
public sealed class JudgeReminderService(
    IRoundStore rounds,
    IScoreStore scores,
    JudgeLetters letters,
    MailOutbox outbox,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>E-mails every judge of the round who still has entries to score; each judge at most once a day (Vietnam time).</summary>
    public async Task<Result<IReadOnlyList<string>>> RemindJudgesAsync(SignedInUser by, string roundId, string siteUrl, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return Round.NotFound();
        var now = clock.GetUtcNow();
        if (!round.IsOpenAt(now)) return new Problem(ProblemKind.Conflict, "Vòng chấm không mở", "Chỉ nhắc giám khảo khi vòng chấm đang mở.");
        var today = VietnamTime.Day(now);
        var all = (await scores.ListAsync(round.Id, cancellationToken)).Select(s => s.Score).ToList();
        var writer = await letters.PrepareAsync(cancellationToken);
        var sent = new List<string>();
        var reminded = new Dictionary<string, DateOnly>(round.JudgesReminded);
        foreach (var email in round.JudgeEmails)
        {
            var mine = all.Where(s => s.JudgeEmail == email && s.State != ScoreState.Recused).ToList();
            var left = mine.Count(s => s.State != ScoreState.Submitted);
            if (left == 0 || reminded.GetValueOrDefault(email) == today) continue;
            // Through the one outbox, claimed per judge and day: two organizers clicking at once send one e-mail.
            var outcome = await outbox.SendOnceAsync(MailLogPartitions.JudgeReminders(round.Id), $"{Uri.EscapeDataString(email)}-{today:yyyy-MM-dd}", by.Name,
                () => writer(round, email, mine.Count, left, siteUrl), cancellationToken);
            if (outcome != ReminderState.Sent) continue;
            reminded[email] = today;
            sent.Add(email);
        }
        await rounds.SaveAsync(round with { JudgesReminded = reminded }, cancellationToken);
        await audit.RecordAsync(by, AuditAction.JudgesReminded, round.Id, $"{sent.Count} giám khảo", cancellationToken);
        return sent;
    }
}

/// <summary>
/// What the judges' reminders are written with: the staff list (for a judge's name) and the contest's template, read
/// once per click, so the reminder service keeps to its own use case.
/// </summary>
public sealed class JudgeLetters(IStaffList staff, ContestLetters letters)
{
    /// <summary>Composes a judge's reminder: (round, judge's e-mail, entries assigned, entries left, site address).</summary>
    public delegate MailMessage Writer(Round round, string email, int assigned, int left, string siteUrl);

    public async Task<Writer> PrepareAsync(CancellationToken cancellationToken)
    {
        var members = (await staff.ListAsync(cancellationToken)).ToDictionary(m => m.Email);
        var template = await letters.TemplateAsync(TemplateKind.JudgeReminder, cancellationToken);
        var contest = letters.Contest;
        return (round, email, assigned, left, siteUrl) =>
            JudgeReminderEmail.Compose(round, email, members.GetValueOrDefault(email)?.Name ?? email, assigned, left, siteUrl, contest, template);
    }
}

/// <summary>The e-mail that reminds a judge of the entries still to score; it names counts, never entries.</summary>
public static class JudgeReminderEmail
{
    public static MailMessage Compose(Round round, string email, string name, int assigned, int left, string siteUrl, ContestOptions contest, MailTemplate? template = null)
    {
        var rendered = template.Render(TemplateKind.JudgeReminder, Values(round, name, assigned, left, siteUrl, contest));
        return new MailMessage(email, name, rendered.Subject, rendered.PlainText, rendered.Html) { Kind = MessageKind.JudgeReminder };
    }

    /// <summary>The judge's reminder template's fields; the preview fills them from a real round too.</summary>
    public static Dictionary<string, string> Values(Round round, string name, int assigned, int left, string siteUrl, ContestOptions contest) =>
        new(TemplateValues.Common(contest))
        {
            ["ten_giam_khao"] = name,
            ["vong_cham"] = round.Name,
            [Placeholders.Deadline] = VietnamTime.DateTime(round.ClosesAt),
            [Placeholders.Count] = assigned.ToString(CultureInfo.InvariantCulture),
            ["so_bai_da_cham"] = (assigned - left).ToString(CultureInfo.InvariantCulture),
            ["so_bai_con_lai"] = left.ToString(CultureInfo.InvariantCulture),
            [Placeholders.Link] = $"{siteUrl.TrimEnd('/')}/judge/",
        };
}
