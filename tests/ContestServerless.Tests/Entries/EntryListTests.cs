using ContestServerless.Functions.Entries;
using ContestServerless.Functions.Http;

namespace ContestServerless.Tests.Entries;

[Collection(StackCollection.Name)]
public sealed class EntryListTests(ContestStack stack) : SignedInOrganizerTests(stack)
{
    private async Task<string> EnterAsync(string unitId, string title, string author, string movement = "giam-ngheo")
    {
        var form = Entrant.Form(unitId: unitId);
        form["title"] = title;
        form["author"]!["fullName"] = author;
        form["movement"] = movement;
        return await Entrant.EnterAsync(form, TestFiles.Pdf());
    }

    /// <summary>Follows nextPage to the end; answers the ids of every page.</summary>
    private async Task<List<List<string>>> AllPagesAsync(string query)
    {
        var pages = new List<List<string>>();
        string? next = null;
        do
        {
            var url = $"/api/organizer/entries?{query}" + (next is null ? "" : $"&page={Uri.EscapeDataString(next)}");
            await Stack.CatalogueCaughtUpAsync();
            var page = (await Organizer.GetFromJsonAsync<EntryPageView>(url))!;
            pages.Add(page.Entries.Select(e => e.Id).ToList());
            next = page.NextPage;
        } while (next is not null);
        return pages;
    }

    [Fact]
    public async Task The_list_pages_through_a_unit_and_its_sub_units_with_continuation_tokens()
    {
        // Units of its own: the other tests here enter into the seeded units, in an order xunit does not fix.
        var parent = await TestUnits.AddAsync(Organizer, "phan-trang-so");
        var school = await TestUnits.AddAsync(Organizer, "phan-trang-truong-a", parentId: parent);
        var otherSchool = await TestUnits.AddAsync(Organizer, "phan-trang-truong-b", parentId: parent);
        var ids = new List<string>
        {
            await EnterAsync(parent, "Cô giáo vùng sâu", "Lê Thị Hoa"),
            await EnterAsync(parent, "Thầy hiệu trưởng", "Trần Văn Nam"),
            await EnterAsync(school, "Người lái đò", "Nguyễn Văn Đức"),
            await EnterAsync(school, "Bác bảo vệ", "Phạm Thị Mai"),
            await EnterAsync(otherSchool, "Bạn tôi", "Nguyễn Thị Út"),
        };

        var pages = await AllPagesAsync($"unit={parent}&pageSize=2");

        Assert.Equal(ids.Order(), pages.SelectMany(p => p).Order());
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages, page => Assert.InRange(page.Count, 0, 2));
    }

    [Fact]
    public async Task Search_ignores_case_and_Vietnamese_diacritics_in_titles_and_author_names()
    {
        var nguyen = await EnterAsync("thpt-hoang-dieu", "Người trồng rừng", "Nguyễn Hữu Lộc");
        var title = await EnterAsync("thpt-hoang-dieu", "Ông NGUYỄN bán bánh mì", "Võ Văn Kiệt");
        var other = await EnterAsync("thpt-hoang-dieu", "Chị bán vé số", "Đỗ Thị Hạnh");

        var found = (await AllPagesAsync("unit=thpt-hoang-dieu&q=nguyen")).SelectMany(p => p).ToList();
        var withD = (await AllPagesAsync("unit=thpt-hoang-dieu&q=do thi hanh")).SelectMany(p => p).ToList();

        Assert.Contains(nguyen, found);
        Assert.Contains(title, found);
        Assert.DoesNotContain(other, found);
        Assert.Equal([other], withD);
    }

    [Fact]
    public async Task The_list_filters_by_movement_status_and_received_day()
    {
        var environment = await EnterAsync("so-giao-duc", "Người giữ sông", "Lâm Văn Tư", movement: "moi-truong");
        var (pending, _) = await Entrant.CreateAsync(Entrant.Form(unitId: "so-giao-duc"));
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd");

        var byMovement = (await AllPagesAsync("unit=so-giao-duc&movement=moi-truong")).SelectMany(p => p).ToList();
        var pendingOnes = (await AllPagesAsync("unit=so-giao-duc&status=pending")).SelectMany(p => p).ToList();
        var receivedToday = (await AllPagesAsync($"unit=so-giao-duc&from={today}&to={today}")).SelectMany(p => p).ToList();
        var receivedLongAgo = (await AllPagesAsync("unit=so-giao-duc&from=01/01/2001&to=31/12/2001")).SelectMany(p => p).ToList();

        Assert.Equal([environment], byMovement);
        Assert.Contains(pending, pendingOnes);
        Assert.DoesNotContain(environment, pendingOnes);
        Assert.Contains(environment, receivedToday);
        Assert.DoesNotContain(pending, receivedToday);
        Assert.Empty(receivedLongAgo);
    }

    [Theory]
    [InlineData("unit=khong-co", "unit")]
    [InlineData("unit=a%2Fb", "unit")]
    [InlineData("movement=bogus", "movement")]
    [InlineData("status=deleted", "status")]
    [InlineData("from=2018-13-45", "from")]
    [InlineData("to=tomorrow", "to")]
    [InlineData("from=2018-05-02&to=2018-05-01", "to")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=abc", "pageSize")]
    [InlineData("page=bm90LWEtdG9rZW4", "page")]
    [InlineData("page=%%%", "page")]
    [InlineData("page=OTl8", "page")] // "99|": a partition the query does not have
    public async Task A_bad_filter_value_gets_a_problem_naming_it(string query, string field)
    {
        var response = await Organizer.GetAsync($"/api/organizer/entries?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ApiResults.ProblemContentType, response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadProblem();
        Assert.NotEmpty(problem.Errors[field]);
    }

    [Fact]
    public async Task A_search_longer_than_the_limit_is_refused()
    {
        var response = await Organizer.GetAsync($"/api/organizer/entries?q={new string('a', 101)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
