using ContestServerless.Domain.Common;
using ContestServerless.Domain.Reminders;

namespace ContestServerless.Functions.Reminders;

public static class ReminderViews
{
    public static object Preview(ReminderPreview preview, DateTimeOffset nextRunAt) => new
    {
        Today = VietnamTime.Date(preview.Now),
        NextRunAt = VietnamTime.ToLocal(nextRunAt),
        NextRun = VietnamTime.DateTime(nextRunAt),
        Switch = Switch(preview.Switch),
        Steps = preview.StepsToday.Select(s => new { Deadline = DeadlineName(s.Key), Step = s.Value?.Key, Label = s.Value?.Label }),
        Lagging = new
        {
            Entries = preview.Lagging.Count(l => l.BehindOnEntries),
            Report = preview.Lagging.Count(l => l.ReportMissing),
        },
        Reminders = preview.Reminders.Select(r => new
        {
            UnitId = r.Due.Unit.Id,
            UnitName = r.Due.Unit.Name,
            Deadline = DeadlineName(r.Due.Step.Deadline),
            Step = r.Due.Step.Key,
            r.Due.Step.Label,
            Reason = r.Due.Step.Deadline == Deadline.Entries
                ? $"Mới có {r.Due.Lag.Entries}/{r.Due.Unit.MinimumEntries} bài"
                : "Chưa gửi báo cáo nhanh",
            DeadlineAt = VietnamTime.DateTime(r.Due.DeadlineAt),
            Recipients = r.Due.Recipients.Select(f => f.Email),
            Outlook = OutlookName(r.Outlook),
            Record = r.Record is { } record ? Record(record) : null,
        }),
        Digests = preview.Digests.Select(Record),
    };

    public static object Switch(ReminderSwitch value) => new
    {
        value.Paused,
        value.ChangedBy,
        ChangedAt = value.ChangedAt is { } at ? VietnamTime.DateTime(at) : null,
    };

    public static object Run(ReminderRun run) => new { run.Paused, run.Due, run.Sent, run.Failed, run.Skipped, run.AlreadyDone, run.DigestSent };

    public static object Record(ReminderRecord record) => new
    {
        record.StepKey,
        Label = ReminderStep.Parse(record.StepKey)?.Label ?? $"Thư tổng hợp ngày {record.StepKey}",
        State = record.State.ToString().ToLowerInvariant(),
        record.Attempts,
        ClaimedAt = VietnamTime.DateTime(record.ClaimedAt),
        FinishedAt = record.FinishedAt is { } at ? VietnamTime.DateTime(at) : null,
        ByHand = record.Trigger != ReminderService.TimerTrigger,
        record.Trigger,
        record.Recipients,
        record.MessageId,
        record.Error,
    };

    private static string DeadlineName(Deadline deadline) => deadline == Deadline.Entries ? "entries" : "report";

    private static string OutlookName(ReminderOutlook outlook) => outlook switch
    {
        ReminderOutlook.WillSend => "will-send",
        ReminderOutlook.WillRetry => "will-retry",
        ReminderOutlook.NoAddress => "no-address",
        _ => outlook.ToString().ToLowerInvariant(),
    };
}
