using System.Globalization;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Reminders;
using ContestServerless.LocalHost;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Tests.Reminders;

/// <summary>
/// A month of the contest on a fake clock over the seeded units: the timer function fires every morning and the
/// test checks exactly which e-mails went out that day. Day 0 is the opening day; the quick report is due at the
/// end of day 10 and submissions close at 17:00 on day 24 (Vietnam time).
/// </summary>
public sealed class ReminderMonthTests : IAsyncLifetime
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    // Tomorrow in Vietnam, so that upload links signed on the fake clock are still valid for Azurite's real one.
    private static readonly DateTimeOffset Day0 = new(DateOnly.FromDateTime(VietnamTime.ToLocal(DateTimeOffset.UtcNow).DateTime).AddDays(1), TimeOnly.MinValue, Vietnam);

    private readonly FakeTimeProvider _clock = new(Day0);
    private readonly ContestStack _stack;

    public ReminderMonthTests()
    {
        _stack = new ContestStack { Clock = _clock };
        _stack.Settings["Contest:SubmissionOpensAt"] = Day0.ToString("O", CultureInfo.InvariantCulture);
        _stack.Settings["Contest:QuickReportDueAt"] = Day0.AddDays(10).AddHours(23).AddMinutes(59).ToString("O", CultureInfo.InvariantCulture);
        _stack.Settings["Contest:SubmissionClosesAt"] = Day0.AddDays(24).AddHours(17).ToString("O", CultureInfo.InvariantCulture);
    }

    public Task InitializeAsync() => _stack.InitializeAsync();

    public Task DisposeAsync() => _stack.DisposeAsync();

    /// <summary>What each morning should send: the step of each deadline due, to every unit still owing it.</summary>
    private static readonly Dictionary<int, string> ReportSteps = new()
    {
        [0] = "report-14", [3] = "report-7", [7] = "report-3", [9] = "report-1",
        // Day 17 (report+7, entries-7) falls while paused; resuming on day 18 catches both up, once.
        [18] = "report+7", [24] = "report+14", [31] = "report+21",
    };

    private static readonly Dictionary<int, string> EntriesSteps = new()
    {
        [10] = "entries-14", [18] = "entries-7",
        // The host is down on days 20-22, so entries-3 (day 21) is never sent: day 23 sends the latest step only.
        [23] = "entries-1",
    };

    private static readonly int[] HostDown = [20, 21, 22];
    private const int PausedOn = 17;

    [Fact]
    public async Task A_simulated_month_sends_each_lagging_unit_exactly_the_reminders_due_each_day()
    {
        var units = (await _stack.Services.GetRequiredService<IUnitRegister>().ListAsync(CancellationToken.None)).Where(u => u.Active).ToList();
        var emailOf = units.ToDictionary(u => u.Id, u => u.FocalPoints[0].Email);
        var reportFiled = new HashSet<string>();
        var enoughEntries = new HashSet<string>();
        var runs = _stack.Services.GetRequiredService<ReminderRunService>();
        var switches = _stack.Services.GetRequiredService<ReminderSwitchService>();
        var seen = new HashSet<string>();

        for (var day = 0; day <= 34; day++)
        {
            // Things units do during the month.
            if (day == 1)
            {
                await FileQuickReportAsync(units.Single(u => u.Id == "so-noi-vu"));
                reportFiled.Add("so-noi-vu");
            }
            if (day == 5)
            {
                var entrant = new Entrant(_stack.Http);
                var receipts = ReceiptsSent();
                await entrant.EnterAsync("so-tu-phap", "Người giữ rừng");
                // A school's entry also counts for the city it belongs to.
                await entrant.EnterAsync("thcs-phuong-5", "Cô giáo vùng sâu");
                // The authors' receipts go out in the background; let them, so they are not taken for reminders.
                await Eventually.WaitAsync(() => ReceiptsSent() == receipts + 2, "the two receipt e-mails");
                NewMessages(seen);
                enoughEntries.UnionWith(["so-tu-phap", "thcs-phuong-5", "tp-soc-trang"]);
            }
            if (day == PausedOn) await switches.SetPausedAsync(TestStaff.Organizer, true, CancellationToken.None);
            if (day == PausedOn + 1) await switches.SetPausedAsync(TestStaff.Organizer, false, CancellationToken.None);

            _clock.SetUtcNow(Day0.AddDays(day).AddHours(8)); // 01:00 UTC
            if (HostDown.Contains(day)) continue;

            await _stack.Function<ReminderJobs>().SendReminders(new TimerInfo(), CancellationToken.None);
            var sent = NewMessages(seen);
            var rerun = await runs.RunAsync(CancellationToken.None);

            var expected = units
                .SelectMany(u => new[]
                {
                    ReportSteps.ContainsKey(day) && !reportFiled.Contains(u.Id) ? $"{emailOf[u.Id]} báo cáo nhanh" : null,
                    EntriesSteps.ContainsKey(day) && !enoughEntries.Contains(u.Id) ? $"{emailOf[u.Id]} bài dự thi" : null,
                })
                .OfType<string>()
                .Order();
            var toUnits = sent.Where(m => m.Subject.StartsWith("Nhắc việc:", StringComparison.Ordinal))
                .Select(m => $"{m.To[0]} {(m.Subject.Contains("báo cáo nhanh", StringComparison.Ordinal) ? "báo cáo nhanh" : "bài dự thi")}")
                .Order();
            Assert.True(expected.SequenceEqual(toUnits), $"Day {day}: expected {expected.Count()} reminders, got {toUnits.Count()}.");
            Assert.Equal(day == PausedOn ? 0 : 1, sent.Count(m => m.To[0] == TestStaff.Secretary && m.Subject.StartsWith("Tình hình các đơn vị", StringComparison.Ordinal)));
            Assert.Equal((0, 0, 0), (rerun.Sent, rerun.Failed, rerun.Skipped));
            Assert.Empty(NewMessages(seen));
        }

        var history = await switches.HistoryAsync("vp-ubnd", CancellationToken.None);
        Assert.Equal(
            ["entries-1", "entries-14", "entries-7", "report+14", "report+21", "report+7", "report-1", "report-14", "report-3", "report-7"],
            history.Select(r => r.StepKey).Order(StringComparer.Ordinal));
        Assert.All(history, r => Assert.Equal((ReminderState.Sent, 1), (r.State, r.Attempts)));
        Assert.All(history, r => Assert.Contains(_stack.Outbox.Messages, m => m.MessageId == r.MessageId && m.To[0] == "vp-ubnd@example.org"));
    }

    private int ReceiptsSent() => _stack.Outbox.Messages.Count(m => m.Subject.StartsWith("Biên nhận bài dự thi", StringComparison.Ordinal));

    private IReadOnlyList<OutboxMessage> NewMessages(HashSet<string> seen) =>
        _stack.Outbox.Messages.Where(m => seen.Add(m.MessageId)).ToList();

    private async Task FileQuickReportAsync(Unit unit)
    {
        using var portal = TestUnits.Portal(_stack, _stack.Services.GetRequiredService<UnitLinks>().Issue(unit));
        var response = await portal.PostAsJsonAsync("/api/unit/reports", new
        {
            channels = new[] { "meetings" },
            focalPointNamedOn = "01/01/2020",
            peopleReached = 120,
            entriesCollected = 0,
            reportedBy = "Trần Văn Báo",
        });
        response.EnsureSuccessStatusCode();
    }
}
