using System.Text.Json.Nodes;
using ContestServerless.LocalHost;

namespace ContestServerless.Tests.LocalHost;

public sealed class DemoContestTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"contest-demo-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void A_fresh_start_places_the_deadlines_in_the_future_in_Vietnam_time()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 20, 0, 0, TimeSpan.Zero)); // 03:00 on 26/11 in Vietnam

        DemoContest.EnsureDatesFile(_path, clock);

        var contest = JsonNode.Parse(File.ReadAllText(_path))!["Contest"]!;
        Assert.Equal("2026-11-19T00:00:00+07:00", contest["SubmissionOpensAt"]!.GetValue<string>());
        Assert.Equal("2026-12-10T23:59:59+07:00", contest["QuickReportDueAt"]!.GetValue<string>());
        Assert.Equal("2027-01-07T17:00:00+07:00", contest["SubmissionClosesAt"]!.GetValue<string>());
    }

    [Fact]
    public void A_restart_keeps_the_dates_of_the_first_start()
    {
        DemoContest.EnsureDatesFile(_path, new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero)));
        var first = File.ReadAllText(_path);

        DemoContest.EnsureDatesFile(_path, new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(first, File.ReadAllText(_path));
    }
}
