using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Reminders;

namespace ContestServerless.Functions.Reminders;

public static class ReminderViews
{
    public static ReminderPreviewView Preview(ReminderPreview preview, DateTimeOffset nextRunAt) => new(
        VietnamTime.Date(preview.Now),
        VietnamTime.ToLocal(nextRunAt),
        VietnamTime.DateTime(nextRunAt),
        Switch(preview.Switch),
        [.. preview.StepsToday.Select(s => new ReminderStepView(DeadlineName(s.Key), s.Value?.Key, s.Value?.Label))],
        new LaggingView(
            Entries: preview.Lagging.Count(l => l.BehindOnEntries),
            Report: preview.Lagging.Count(l => l.ReportMissing)),
        [.. preview.Reminders.Select(Due)],
        [.. preview.Digests.Select(Record)]);

    public static ReminderSwitchView Switch(ReminderSwitch value) =>
        new(value.Paused, value.ChangedBy, value.ChangedAt is { } at ? VietnamTime.DateTime(at) : null);

    public static ReminderRunView Run(ReminderRun run) =>
        new(run.Paused, run.Due, run.Sent, run.Failed, run.Skipped, run.AlreadyDone, run.DigestSent);

    public static ReminderHistoryView History(UnitReminders history) =>
        new(history.Unit.Id, history.Unit.Name, [.. history.Records.Select(Record)]);

    /// <summary>
    /// What a mail log row was, in words: a reminder step, a unit's results letter, a deadline's extension letter, or
    /// (in the digest's partition, keyed by day) the organizers' digest.
    /// </summary>
    public static string LabelOf(string key) => ReminderStep.Parse(key)?.Label ?? key switch
    {
        MailLogPartitions.UnitResultsKey => "Thư thông báo kết quả",
        _ when key.StartsWith(ExtensionLetters.KeyPrefix, StringComparison.Ordinal) => "Thư thông báo gia hạn nhận bài",
        _ => $"Thư tổng hợp ngày {key}",
    };

    public static ReminderRecordView Record(ReminderRecord record) => new(
        record.StepKey,
        Label: LabelOf(record.StepKey),
        State: record.State.ToString().ToLowerInvariant(),
        record.Attempts,
        ClaimedAt: VietnamTime.DateTime(record.ClaimedAt),
        FinishedAt: record.FinishedAt is { } at ? VietnamTime.DateTime(at) : null,
        ByHand: record.Trigger != ReminderRunService.TimerTrigger,
        record.Trigger,
        record.Recipients,
        record.MessageId,
        record.Error);

    private static DueReminderView Due(PreviewedReminder r) => new(
        r.Due.Unit.Id,
        r.Due.Unit.Name,
        DeadlineName(r.Due.Step.Deadline),
        r.Due.Step.Key,
        r.Due.Step.Label,
        Reason: r.Due.Step.Deadline == Deadline.Entries
            ? $"Mới có {r.Due.Lag.Entries}/{r.Due.Unit.MinimumEntries} bài"
            : "Chưa gửi báo cáo nhanh",
        DeadlineAt: VietnamTime.DateTime(r.Due.DeadlineAt),
        Recipients: [.. r.Due.Recipients.Select(f => f.Email)],
        Outlook: OutlookName(r.Outlook),
        Record: r.Record is { } record ? Record(record) : null);

    private static string DeadlineName(Deadline deadline) => deadline == Deadline.Entries ? "entries" : "report";

    private static string OutlookName(ReminderOutlook outlook) => outlook switch
    {
        ReminderOutlook.WillSend => "will-send",
        ReminderOutlook.WillRetry => "will-retry",
        ReminderOutlook.NoAddress => "no-address",
        ReminderOutlook.Unreachable => "unreachable",
        _ => outlook.ToString().ToLowerInvariant(),
    };
}

/// <summary>What the next run would send and to whom, and what was sent today.</summary>
public sealed record ReminderPreviewView(
    string Today,
    DateTimeOffset NextRunAt,
    string NextRun,
    ReminderSwitchView Switch,
    IReadOnlyList<ReminderStepView> Steps,
    LaggingView Lagging,
    IReadOnlyList<DueReminderView> Reminders,
    IReadOnlyList<ReminderRecordView> Digests);

public sealed record ReminderSwitchView(bool Paused, string? ChangedBy, string? ChangedAt);

/// <summary>The step due today for a deadline ("entries" or "report"), if any.</summary>
public sealed record ReminderStepView(string Deadline, string? Step, string? Label);

/// <summary>How many units are behind on entries and how many have not filed their quick report.</summary>
public sealed record LaggingView(int Entries, int Report);

/// <summary>A unit's reminder due on the next run, what the run would do with it and what was done already.</summary>
public sealed record DueReminderView(
    string UnitId,
    string UnitName,
    string Deadline,
    string Step,
    string Label,
    string Reason,
    string DeadlineAt,
    IReadOnlyList<string> Recipients,
    string Outlook,
    ReminderRecordView? Record);

/// <summary>One reminder step (or one day's digest) with its outcome, SendGrid's message id and any error.</summary>
public sealed record ReminderRecordView(
    string StepKey,
    string Label,
    string State,
    int Attempts,
    string ClaimedAt,
    string? FinishedAt,
    bool ByHand,
    string Trigger,
    string Recipients,
    string? MessageId,
    string? Error);

/// <summary>What a run did.</summary>
public sealed record ReminderRunView(bool Paused, int Due, int Sent, int Failed, int Skipped, int AlreadyDone, bool DigestSent);

/// <summary>A unit's reminders, each step with its outcome.</summary>
public sealed record ReminderHistoryView(string UnitId, string UnitName, IReadOnlyList<ReminderRecordView> Records);
