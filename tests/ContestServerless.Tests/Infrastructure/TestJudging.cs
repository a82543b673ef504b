using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Judging;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>A jury at work through the organizers' and judges' API: judges added, rounds opened, entries scored.</summary>
public static class TestJudging
{
    /// <summary>Adds each judge (with the unit they come from, if any) on the staff page.</summary>
    public static async Task AddJudgesAsync(HttpClient organizer, params (string Email, string Name, string? UnitId)[] judges)
    {
        foreach (var (email, name, unitId) in judges)
        {
            var saved = await organizer.PostAsJsonAsync("/api/organizer/staff", new { email, name, roles = new[] { StaffRoles.Judge }, unitId });
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        }
    }

    /// <summary>
    /// Creates a round from <paramref name="opensAt"/> to <paramref name="closesAt"/>, sent as the form sends them (Vietnam
    /// time, to the minute), with the default rubric unless one is given; with <paramref name="assign"/> it also hands
    /// the entries out. Answers the round's id.
    /// </summary>
    public static async Task<string> CreateRoundAsync(
        HttpClient organizer, string name, string[] judges, int judgesPerEntry, DateTimeOffset opensAt, DateTimeOffset closesAt,
        string? fromRound = null, object[]? rubric = null, bool assign = true)
    {
        var created = await organizer.PostAsJsonAsync("/api/organizer/rounds", new
        {
            name,
            judges,
            judgesPerEntry,
            opensAt = Minute(opensAt),
            closesAt = Minute(closesAt),
            fromRound,
            rubric,
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var id = (await created.ReadAs<RoundView>()).Id;
        if (assign) await AssignAsync(organizer, id);
        return id;
    }

    public static async Task AssignAsync(HttpClient organizer, string roundId)
    {
        var assigned = await organizer.PostAsync($"/api/organizer/rounds/{roundId}/assignments", null);
        Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
    }

    public static async Task<RankingView> RankingAsync(this HttpClient organizer, string roundId) =>
        (await organizer.GetFromJsonAsync<RankingView>($"/api/organizer/rounds/{roundId}/ranking"))!;

    /// <summary>
    /// Each judge submits, for every entry of the round, the total <paramref name="totalOf"/> gives its entry id; in
    /// <paramref name="contestId"/>'s round when one is named, else the first contest's.
    /// </summary>
    public static async Task ScoreAllAsync(ContestStack stack, string roundId, string[] judges, Func<string, decimal> totalOf, string? contestId = null)
    {
        using var organizer = InContest(await stack.SignInAsOrganizerAsync(), contestId);
        var ranking = await organizer.RankingAsync(roundId);
        foreach (var judge in judges)
        {
            using var client = InContest(await stack.SignInAsync(judge, StaffRoles.Judge), contestId);
            foreach (var row in ranking.Entries)
            {
                var entry = (await client.GetFromJsonAsync<JudgeEntryView>($"/api/judge/entries/{row.Code}"))!;
                var total = totalOf(row.EntryId);
                var criteria = entry.Rubric.ToDictionary(c => c.Id, c => (decimal?)(c.Max * total / entry.MaxTotal));
                var saved = await client.PutAsJsonAsync($"/api/judge/entries/{row.Code}/score", new { criteria, comment = "Đã chấm.", submit = true });
                Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
            }
        }
    }

    private static HttpClient InContest(HttpClient client, string? contestId) => contestId is null ? client : ContestClients.In(client, contestId);

    /// <summary>A time as the date field sends it: Vietnam wall clock, to the minute.</summary>
    public static string Minute(DateTimeOffset time) => time.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm");
}
