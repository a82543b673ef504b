using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContestServerless.Domain.Common;

namespace ContestServerless.LocalHost;

/// <summary>
/// The Sóc Trăng contest ran in 2018; a demo needs it open. On a fresh start this writes dates relative
/// to today (Vietnam time): opened a week ago, quick report due in two weeks, closing in six weeks.
/// </summary>
public static class DemoContest
{
    public static void EnsureDatesFile(string path, TimeProvider clock)
    {
        if (File.Exists(path)) return;
        var today = VietnamTime.ToLocal(clock.GetUtcNow()).Date;
        var offset = VietnamTime.Zone.GetUtcOffset(today);
        string At(DateTime day, int hour, int minute, int second) =>
            new DateTimeOffset(day.Year, day.Month, day.Day, hour, minute, second, offset).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

        var contest = new JsonObject
        {
            ["Contest"] = new JsonObject
            {
                ["SubmissionOpensAt"] = At(today.AddDays(-7), 0, 0, 0),
                ["QuickReportDueAt"] = At(today.AddDays(14), 23, 59, 59),
                ["SubmissionClosesAt"] = At(today.AddDays(42), 17, 0, 0),
            },
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, contest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
