using System.Text;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Tests.Exports;

/// <summary>An export of the entries ticked one by one (ids=…), capped.</summary>
[Collection(StackCollection.Name)]
public sealed class ChosenEntriesExportTests(ContestStack stack) : SignedInOrganizerTests(stack)
{
    [Fact]
    public async Task An_export_of_chosen_entries_holds_exactly_those()
    {
        await TestUnits.AddAsync(Organizer, "xuat-bai-chon");
        var first = await Entrant.EnterAsync("xuat-bai-chon", "Bài được chọn thứ nhất");
        var second = await Entrant.EnterAsync("xuat-bai-chon", "Bài được chọn thứ hai");
        var other = await Entrant.EnterAsync("xuat-bai-chon", "Bài không được chọn");

        var response = await Organizer.GetAsync($"/api/organizer/exports/entries?format=csv&status=all&ids={first},{second}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n")
            .Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(other, rows);
    }

    [Fact]
    public async Task More_chosen_entries_than_the_cap_or_a_malformed_id_is_refused()
    {
        var tooMany = string.Join(',', Enumerable.Range(0, EntryFilter.MaxChosenIds + 1).Select(i => $"A{i:D9}"));

        var over = await Organizer.GetAsync($"/api/organizer/exports/entries?format=csv&ids={tooMany}");
        var malformed = await Organizer.GetAsync("/api/organizer/exports/entries?format=csv&ids=abc,<script>");

        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Contains("tối đa 500 bài", (await over.ReadProblem()).Errors["ids"][0]);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.True((await malformed.ReadProblem()).Errors.ContainsKey("ids"));
    }
}
