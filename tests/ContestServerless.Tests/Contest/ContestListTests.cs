using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Storage;

namespace ContestServerless.Tests.Contest;

/// <summary>The configured contest becomes a stored record at start, listed and served at its own address.</summary>
[Collection(StackCollection.Name)]
public sealed class ContestListTests(ContestStack stack)
{
    private const string DefaultId = "soc-trang-2018";

    [Fact]
    public async Task The_configured_contest_is_stored_at_start_and_a_second_start_changes_nothing()
    {
        var store = stack.Services.GetRequiredService<IContestStore>();
        var first = await store.FindAsync(DefaultId, CancellationToken.None);

        await stack.Services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
        var second = await store.FindAsync(DefaultId, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Equal("Sở Nội vụ tỉnh Sóc Trăng (Thường trực Ban Tổ chức cuộc thi)", first.Settings.Organizer);
        Assert.Equal(first.Version, second!.Version);
        Assert.Equal(DefaultId, stack.Services.GetRequiredService<ContestDirectory>().DefaultId);
    }

    [Fact]
    public async Task The_list_names_the_open_contest_with_its_dates()
    {
        var contests = await (await stack.Http.GetAsync("/api/contests")).ReadAs<List<ContestSummaryView>>();
        var contest = (await stack.Http.GetFromJsonAsync<ContestView>("/api/contest"))!;

        var listed = Assert.Single(contests, c => c.Id == DefaultId);
        Assert.Equal("open", listed.Status);
        Assert.Equal(contest.Name, listed.Name);
        Assert.Equal(contest.SubmissionOpensAt, listed.OpensAt);
        Assert.Equal(contest.SubmissionClosesAt, listed.ClosesAt);
    }

    [Fact]
    public async Task A_contest_s_own_address_answers_what_the_default_address_answers()
    {
        var byId = await (await stack.Http.GetAsync($"/api/contests/{DefaultId}")).Content.ReadAsStringAsync();
        var byDefault = await (await stack.Http.GetAsync("/api/contest")).Content.ReadAsStringAsync();

        Assert.Equal(byDefault, byId);
    }

    [Theory]
    [InlineData("khong-co-cuoc-thi-nay")]
    [InlineData("SOC-TRANG-2018")]
    [InlineData("a%23b")]
    public async Task An_unknown_contest_is_a_404_problem(string id)
    {
        var response = await stack.Http.GetAsync($"/api/contests/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Không tìm thấy cuộc thi", (await response.ReadProblem()).Title);
    }
}
