using ContestServerless.Domain.Common;
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

    public static ReminderRecordView Record(ReminderRecord record) => new(
        record.StepKey,
        Label: ReminderStep.Parse(record.StepKey)?.Label ?? $"Thư tổng hợp ngày {record.StepKey}",
        State: record.State.ToString().ToLowerInvariant(),
        record.Attempts,
        ClaimedAt: VietnamTime.DateTime(record.ClaimedAt),
        FinishedAt: record.FinishedAt is { } at ? VietnamTime.DateTime(at) : null,
        ByHand: record.Trigger != ReminderService.TimerTrigger,
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
        _ => outlook.ToString().ToLowerInvariant(),
    };
}
