using ContestServerless.Domain.Privacy;
using ContestServerless.Domain.Results;

namespace ContestServerless.Tests.Results;

/// <summary>Retention counts from the results this system published, and spares their winners.</summary>
public sealed class ResultsCalendarTests
{
    private static readonly DateTimeOffset Configured = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Published = new(2026, 12, 20, 1, 0, 0, TimeSpan.Zero);

    private static ResultsState Approved(DateTimeOffset? publishAt) => ResultsState.Empty with
    {
        Approval = new ResultsApproval("round-1", "Chung khảo",
            new Proposal([new AwardedTier(new PrizeTier { Name = "Giải Nhất", Quota = 1 }, 1,
                [new AwardedEntry(new ResultsCandidate("WINNER0001", "ABC-DEF", "Bài đoạt giải", "giam-ngheo", 1, 90m), false)])], []),
            "Ban Tổ chức", Published.AddDays(-1)),
        PublishAt = publishAt,
    };

    private static readonly PrivacyOptions Settings = new() { ResultsPublishedAt = Configured, WinningEntryIds = ["ELSEWHERE1"] };

    [Fact]
    public async Task Published_results_give_the_date_and_their_winners_join_the_configured_ones()
    {
        var calendar = new ResultsCalendar(new InMemoryResultsStore(Approved(Published)), Settings);

        Assert.Equal(Published, await calendar.ResultsPublishedAtAsync(CancellationToken.None));
        Assert.Equal(["ELSEWHERE1", "WINNER0001"], (await calendar.WinningEntryIdsAsync(CancellationToken.None)).Order());
    }

    [Fact]
    public async Task Without_a_publication_here_the_configured_date_stands()
    {
        Assert.Equal(Configured, await new ResultsCalendar(new InMemoryResultsStore(Approved(null)), Settings).ResultsPublishedAtAsync(CancellationToken.None));
        Assert.Equal(Configured, await new ResultsCalendar(new InMemoryResultsStore(), Settings).ResultsPublishedAtAsync(CancellationToken.None));
    }
}
