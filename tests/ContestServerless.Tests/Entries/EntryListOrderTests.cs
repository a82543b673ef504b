using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Entries;

namespace ContestServerless.Tests.Entries;

[Collection(StackCollection.Name)]
public sealed class EntryListOrderTests(ContestStack stack) : SignedInOrganizerTests(stack)
{
    private async Task<string> EnterAsync(string unitId, string title, string author)
    {
        var form = Entrant.Form(unitId: unitId);
        form["title"] = title;
        form["author"]!["fullName"] = author;
        return await Entrant.EnterAsync(form, TestFiles.Pdf());
    }

    private async Task<EntryPageView> PageAsync(string query)
    {
        await Stack.CatalogueCaughtUpAsync();
        return (await Organizer.GetFromJsonAsync<EntryPageView>($"/api/organizer/entries?{query}"))!;
    }

    [Fact]
    public async Task The_list_is_newest_first_across_units_and_says_how_many_match()
    {
        var parent = await TestUnits.AddAsync(Organizer, "moi-nhat-so");
        var school = await TestUnits.AddAsync(Organizer, "moi-nhat-truong", parentId: parent);
        var first = await EnterAsync(school, "Bài thứ nhất", "Lê Văn A");
        var second = await EnterAsync(parent, "Bài thứ hai", "Lê Văn B");
        var third = await EnterAsync(school, "Bài thứ ba", "Lê Văn C");

        var page = await PageAsync($"unit={parent}&pageSize=2");
        var everything = await PageAsync("pageSize=200");

        Assert.Equal([third, second], page.Entries.Select(e => e.Id));
        Assert.Equal(3, page.Total);
        Assert.NotNull(page.NextPage);
        // Across all units (other tests' entries in between): ours come newest first too.
        var ids = everything.Entries.Select(e => e.Id).ToList();
        Assert.True(ids.IndexOf(third) < ids.IndexOf(second) && ids.IndexOf(second) < ids.IndexOf(first) && ids.IndexOf(third) >= 0);
        Assert.True(everything.Total >= 3);
        var rest = await PageAsync($"unit={parent}&pageSize=2&page={Uri.EscapeDataString(page.NextPage!)}");
        Assert.Equal([first], rest.Entries.Select(e => e.Id));
        Assert.Null(rest.NextPage);
    }

    [Fact]
    public async Task A_search_answers_a_full_page_and_the_true_total_however_few_rows_match()
    {
        var unit = await TestUnits.AddAsync(Organizer, "tim-trang-day");
        for (var i = 0; i < 5; i++) await EnterAsync(unit, $"Bài thường {i}", "Trần Thị Bình");
        var found = new[]
        {
            await EnterAsync(unit, "Người gác đèn biển", "Hồ Xuân Hiếm"),
            await EnterAsync(unit, "Cô giáo bản", "Hồ Xuân Hiếm"),
            await EnterAsync(unit, "Ông lão đánh cá", "Hồ Xuân Hiếm"),
        };

        var page = await PageAsync("q=ho%20xuan%20hiem&pageSize=2");

        Assert.Equal(3, page.Total);
        Assert.Equal([found[2], found[1]], page.Entries.Select(e => e.Id));
        Assert.NotNull(page.NextPage);
    }

    [Fact]
    public async Task The_list_sorts_by_title_unit_and_movement()
    {
        var unit = await TestUnits.AddAsync(Organizer, "sap-xep-ten");
        var b = await EnterAsync(unit, "Bến đò", "Ngô Văn Một");
        var a = await EnterAsync(unit, "Ánh sáng", "Ngô Văn Hai");
        var c = await EnterAsync(unit, "Cây đa", "Ngô Văn Ba");

        var byTitle = await PageAsync($"unit={unit}&sort=title");
        var byUnit = await PageAsync($"unit={unit}&sort=unit");
        var byMovement = await PageAsync($"unit={unit}&sort=movement");

        Assert.Equal([a, b, c], byTitle.Entries.Select(e => e.Id));
        Assert.Equal([c, a, b], byUnit.Entries.Select(e => e.Id));
        Assert.Equal(3, byMovement.Total);
    }

    [Theory]
    [InlineData("sort=price", "sort")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=10000", "pageSize")]
    [InlineData("page=YzF8QUJDfHh8MDAwMDAwMDAwMDAw", "page")] // "c1|ABC|x|000000000000": a checksum that fails
    public async Task A_bad_list_request_gets_a_problem_naming_it(string query, string field)
    {
        var response = await Organizer.GetAsync($"/api/organizer/entries?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblem()).Errors[field]);
    }

    [Theory]
    [InlineData("%EF%BF%BF")] // U+FFFF, a noncharacter: Unicode normalization refuses it
    [InlineData("%EF%B7%90")] // U+FDD0
    [InlineData("nguyen%EF%BF%BE")] // U+FFFE
    public async Task A_search_holding_a_noncharacter_is_refused_with_a_problem(string q)
    {
        var response = await Organizer.GetAsync($"/api/organizer/entries?q={q}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblem()).Errors["q"]);
    }

    [Fact]
    public async Task A_search_of_ten_thousand_characters_is_refused()
    {
        var response = await Organizer.GetAsync($"/api/organizer/entries?q={new string('a', 10_000)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblem()).Errors["q"]);
    }

    [Fact]
    public async Task A_page_token_from_another_filter_or_sort_is_refused()
    {
        var unit = await TestUnits.AddAsync(Organizer, "ma-trang-khac");
        await EnterAsync(unit, "Một", "Đinh Văn Một");
        await EnterAsync(unit, "Hai", "Đinh Văn Hai");
        var page = await PageAsync($"unit={unit}&pageSize=1");
        var token = Uri.EscapeDataString(page.NextPage!);

        var otherSearch = await Organizer.GetAsync($"/api/organizer/entries?unit={unit}&pageSize=1&q=dinh&page={token}");
        var otherSort = await Organizer.GetAsync($"/api/organizer/entries?unit={unit}&pageSize=1&sort=title&page={token}");

        Assert.Equal(HttpStatusCode.BadRequest, otherSearch.StatusCode);
        Assert.NotEmpty((await otherSearch.ReadProblem()).Errors["page"]);
        Assert.Equal(HttpStatusCode.BadRequest, otherSort.StatusCode);
    }

    [Fact]
    public async Task A_page_token_whose_last_entry_is_gone_is_refused_as_stale()
    {
        var unit = await TestUnits.AddAsync(Organizer, "ma-trang-cu");
        await Entrant.CreateAsync(Entrant.Form(unitId: unit));
        var (gone, _) = await Entrant.CreateAsync(Entrant.Form(unitId: unit));
        var page = await PageAsync($"unit={unit}&status=pending&pageSize=1");
        Assert.Equal(gone, page.Entries.Single().Id);
        var store = Stack.Services.GetRequiredService<IEntryStore>();
        Assert.True(await store.DeletePendingAsync((await store.FindAsync(gone, CancellationToken.None))!, CancellationToken.None));
        await Stack.CatalogueCaughtUpAsync();

        var response = await Organizer.GetAsync($"/api/organizer/entries?unit={unit}&status=pending&pageSize=1&page={Uri.EscapeDataString(page.NextPage!)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadProblem()).Errors["page"]);
    }
}
