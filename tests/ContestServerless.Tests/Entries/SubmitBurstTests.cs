using System.Text.Json;

namespace ContestServerless.Tests.Entries;

/// <summary>
/// A burst of submits into one unit (a department collecting from every school in the last hour): every valid
/// entry is answered with its receipt, none with an error, and the unit's count is exact.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class SubmitBurstTests(ContestStack stack)
{
    private const int Burst = 64;
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private sealed record SubmitReceipt(string Id, string ReceiptCode, string Status);

    private sealed record StandingUnit(string Id, int OwnEntries);

    private sealed record StandingGroup(IReadOnlyList<StandingUnit> Units);

    private sealed record Standing(int EntriesReceived, IReadOnlyList<StandingGroup> Groups)
    {
        public int OwnEntriesOf(string unitId) => Groups.SelectMany(g => g.Units).Single(u => u.Id == unitId).OwnEntries;
    }

    private async Task<Standing> StandingAsync(HttpClient organizer)
    {
        await stack.CatalogueCaughtUpAsync();
        var response = await organizer.GetAsync("/api/organizer/standing");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Standing>(Web))!;
    }

    [Fact]
    public async Task Sixty_four_submits_into_one_unit_at_once_are_all_answered_and_counted_exactly()
    {
        var organizer = await stack.SignInAsOrganizerAsync();
        var unitId = await TestUnits.AddAsync(organizer, "thu-dot-nop-bai");
        var entrant = new Entrant(stack.Http);
        var pdf = TestFiles.Pdf();
        var created = await Task.WhenAll(Enumerable.Range(0, Burst).Select(async i =>
        {
            var form = Entrant.Form(size: pdf.Length, unitId: unitId, email: "");
            form["title"] = $"Bài dự thi số {i + 1}";
            var (id, link) = await entrant.CreateAsync(form);
            (await Entrant.UploadAsync(link, pdf)).EnsureSuccessStatusCode();
            return id;
        }));
        var before = await StandingAsync(organizer);

        using var start = new SemaphoreSlim(0);
        var submits = created.Select(async id =>
        {
            await start.WaitAsync();
            return await entrant.SubmitAsync(id);
        }).ToList();
        start.Release(Burst);
        var answers = await Task.WhenAll(submits);

        var statuses = answers.GroupBy(a => a.StatusCode).ToDictionary(g => (int)g.Key, g => g.Count());
        Assert.True(statuses.Keys.SequenceEqual([200]), $"Statuses: {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
        var receipts = await Task.WhenAll(answers.Select(a => a.Content.ReadFromJsonAsync<SubmitReceipt>(Web)));
        Assert.All(receipts, r => Assert.Equal("received", r!.Status));
        var after = await StandingAsync(organizer);
        Assert.Equal(Burst, after.OwnEntriesOf(unitId) - before.OwnEntriesOf(unitId));
        Assert.Equal(Burst, after.EntriesReceived - before.EntriesReceived);
    }
}
