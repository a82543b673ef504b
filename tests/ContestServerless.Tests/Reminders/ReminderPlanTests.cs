using ContestServerless.Domain.Common;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Standing;
using ContestServerless.Domain.Units;

namespace ContestServerless.Tests.Reminders;

public sealed class ReminderPlanTests
{
    // 08:00 in Vietnam on the day submissions open: when the daily timer fires.
    private static readonly DateTimeOffset Opening = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private static ReminderPlan Plan(ReminderOptions? options = null, TimeSpan? linksValid = null)
    {
        var contest = TestContest.OpenAround(Opening);
        contest.SubmissionOpensAt = Opening.AddHours(-8);
        contest.QuickReportDueAt = new DateTimeOffset(2026, 3, 12, 23, 59, 59, VietnamOffset);
        contest.SubmissionClosesAt = new DateTimeOffset(2026, 3, 26, 17, 0, 0, VietnamOffset);
        return new ReminderPlan(options ?? new ReminderOptions { SiteUrl = "https://cuocthi.example.org" }, contest,
            contest.SubmissionClosesAt + (linksValid ?? TimeSpan.FromDays(60)));
    }

    /// <summary>08:00 in Vietnam on day <paramref name="day"/> of the contest (day 0 = opening day).</summary>
    private static DateTimeOffset Morning(int day) => Opening.AddDays(day);

    private static UnitTally Tally(string unitId, int entries = 0, int reports = 0) =>
        UnitTally.Empty(unitId) with { ReceivedEntries = entries, ReportVersions = reports };

    [Theory]
    [InlineData(0, "report-14")] // 10 days left: the 14-day step fell due before the contest opened, so it is caught up
    [InlineData(3, "report-7")]
    [InlineData(4, "report-7")]
    [InlineData(7, "report-3")]
    [InlineData(9, "report-1")]
    [InlineData(10, "report-1")] // due day, before 23:59
    [InlineData(16, null)]
    [InlineData(17, "report+7")]
    [InlineData(23, "report+7")]
    [InlineData(24, "report+14")]
    public void The_quick_report_step_due_is_the_latest_whose_Vietnamese_day_has_come(int day, string? expected)
    {
        Assert.Equal(expected, Plan().StepDue(Deadline.QuickReport, Morning(day))?.Key);
    }

    [Theory]
    [InlineData(9, null)]
    [InlineData(10, "entries-14")]
    [InlineData(17, "entries-7")]
    [InlineData(21, "entries-3")]
    [InlineData(23, "entries-1")]
    [InlineData(24, "entries-1")] // closing day, before 17:00
    [InlineData(31, null)] // submissions closed: entries can no longer come in
    public void Entries_are_chased_before_submissions_close_and_never_after(int day, string? expected)
    {
        Assert.Equal(expected, Plan().StepDue(Deadline.Entries, Morning(day))?.Key);
    }

    [Fact]
    public void The_Vietnamese_date_decides_the_step_not_the_UTC_date()
    {
        // 23:30 UTC on 4 March is 06:30 on 5 March in Vietnam: the quick report is 7 days away there.
        var lateUtcEvening = new DateTimeOffset(2026, 3, 4, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal("report-7", Plan().StepDue(Deadline.QuickReport, lateUtcEvening)?.Key);
        Assert.Equal("report-14", Plan().StepDue(Deadline.QuickReport, lateUtcEvening.AddHours(-7))?.Key);
    }

    [Fact]
    public void Nothing_is_due_before_submissions_open()
    {
        Assert.Null(Plan().StepDue(Deadline.QuickReport, Opening.AddDays(-1)));
    }

    [Fact]
    public void Overdue_reminders_stop_when_the_units_links_expire()
    {
        var plan = Plan(linksValid: TimeSpan.FromDays(3));

        Assert.Equal("report+14", plan.StepDue(Deadline.QuickReport, Morning(24))?.Key);
        Assert.Null(plan.StepDue(Deadline.QuickReport, Morning(31)));
    }

    [Fact]
    public void Steps_and_overdue_interval_come_from_the_settings()
    {
        var plan = Plan(new ReminderOptions { SiteUrl = "https://x.example.org", DaysBefore = "5, 2", OverdueEveryDays = 0 });

        Assert.Equal("report-5", plan.StepDue(Deadline.QuickReport, Morning(7))?.Key);
        Assert.Equal("report-2", plan.StepDue(Deadline.QuickReport, Morning(8))?.Key);
        Assert.Null(plan.StepDue(Deadline.QuickReport, Morning(17)));
    }

    [Fact]
    public void A_unit_lags_on_entries_below_its_minimum_counting_its_sub_units_and_on_a_missing_report()
    {
        Unit[] units =
        [
            new("huyen", "Huyện A", "huyen", null) { MinimumEntries = 2 },
            new("truong", "Trường B", "truong-hoc", "huyen"),
            new("so", "Sở C", "so-ban-nganh", null),
            new("nghi", "Đơn vị đã nghỉ", "so-ban-nganh", null) { Active = false },
        ];
        UnitTally[] tallies = [Tally("huyen", entries: 1, reports: 1), Tally("truong", entries: 1), Tally("so", entries: 3, reports: 2)];

        var lagging = Plan().Lagging(units, tallies);

        var school = Assert.Single(lagging);
        Assert.Equal(("truong", false, true), (school.Unit.Id, school.BehindOnEntries, school.ReportMissing));
    }

    [Fact]
    public void Sub_units_entries_do_not_count_when_the_setting_says_so()
    {
        Unit[] units = [new("huyen", "Huyện A", "huyen", null), new("truong", "Trường B", "truong-hoc", "huyen")];
        UnitTally[] tallies = [Tally("huyen", reports: 1), Tally("truong", entries: 4, reports: 1)];

        var lagging = Plan(new ReminderOptions { SiteUrl = "https://x.example.org", CountSubUnitEntries = false }).Lagging(units, tallies);

        Assert.Equal(("huyen", 0), (Assert.Single(lagging).Unit.Id, lagging[0].Entries));
    }

    [Fact]
    public void Due_pairs_each_lagging_unit_with_the_steps_of_what_it_owes()
    {
        var plan = Plan();
        Unit[] units = [new("a", "A", "so-ban-nganh", null), new("b", "B", "so-ban-nganh", null)];
        var lagging = plan.Lagging(units, [Tally("a", entries: 1), Tally("b", reports: 1)]);

        var due = plan.Due(lagging, Morning(10));

        Assert.Equal(["a report-1", "b entries-14"], due.Select(d => $"{d.Unit.Id} {d.Step.Key}"));
    }

    [Theory]
    [InlineData("entries-14", Deadline.Entries, 14)]
    [InlineData("report+21", Deadline.QuickReport, -21)]
    public void A_step_key_reads_back_as_the_same_step(string key, Deadline deadline, int daysBefore)
    {
        var step = ReminderStep.Parse(key);

        Assert.Equal(new ReminderStep(deadline, daysBefore), step);
        Assert.Equal(key, step!.Key);
    }

    [Fact]
    public void Settings_with_a_step_that_is_not_a_day_count_are_refused_at_start()
    {
        var options = new ReminderOptions { SiteUrl = "https://x.example.org", DaysBefore = "14,một" };

        var failures = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Contains(failures, f => f.ErrorMessage!.Contains("Reminder:DaysBefore"));
    }

    [Fact]
    public void A_run_day_is_the_day_in_Vietnam()
    {
        Assert.Equal(new DateOnly(2026, 3, 5), ReminderPlan.LocalDay(new DateTimeOffset(2026, 3, 4, 17, 0, 0, TimeSpan.Zero)));
        Assert.Equal("05/03/2026", VietnamTime.Date(new DateTimeOffset(2026, 3, 4, 17, 0, 0, TimeSpan.Zero)));
    }
}
