using System.Text.Json.Nodes;
using static ContestServerless.Tests.Infrastructure.GroupForms;

namespace ContestServerless.Tests.Entries;

/// <summary>Bad co-authors are refused with a Vietnamese message keyed "coAuthors[i].field", and nothing is stored.</summary>
[Collection(StackCollection.Name)]
public sealed class GroupEntryValidationTests(ContestStack stack)
{
    private async Task<ProblemBody> RefusedAsync(JsonObject form)
    {
        var response = await stack.Http.PostAsJsonAsync("/api/entries", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        return (await response.Content.ReadFromJsonAsync<ProblemBody>())!;
    }

    [Fact]
    public async Task More_co_authors_than_the_contest_allows_are_refused_at_the_first_one_too_many()
    {
        var form = Form("so-noi-vu", "Nhóm quá đông", [.. Enumerable.Range(1, 6).Select(i => CoAuthor($"Thành Viên Số {(char)('A' + i)}"))]);

        var problem = await RefusedAsync(form);

        Assert.Equal(["Nhóm tác giả có tối đa 5 đồng tác giả ngoài trưởng nhóm; vui lòng bỏ bớt từ đồng tác giả thứ 6."],
            problem.Errors["coAuthors[5].fullName"]);
        Assert.Single(problem.Errors);
    }

    [Fact]
    public async Task A_co_author_without_a_name_is_refused_beside_that_co_authors_name()
    {
        var form = Form("so-noi-vu", "Nhóm thiếu tên", CoAuthor("Lý Thị Mai"), CoAuthor("   "));

        var problem = await RefusedAsync(form);

        Assert.Equal(["Vui lòng nhập họ và tên của đồng tác giả thứ 2."], problem.Errors["coAuthors[1].fullName"]);
        Assert.False(problem.Errors.ContainsKey("coAuthors[0].fullName"));
    }

    [Fact]
    public async Task A_member_named_twice_is_refused_where_it_repeats_diacritics_and_case_ignored()
    {
        // The leader is "Nguyễn Thị Lan", born 1985, lan@example.org (Entrant.Form).
        var form = Form("so-noi-vu", "Nhóm trùng người", CoAuthor("Lý Thị Mai"), CoAuthor("NGUYEN THI LAN", 1985), CoAuthor("Lý Thị Mai"),
            CoAuthor("Trần Văn Tư", email: "LAN@example.org"));

        var problem = await RefusedAsync(form);

        Assert.Equal(["Đồng tác giả thứ 2 trùng họ tên và năm sinh với trưởng nhóm; mỗi thành viên chỉ khai một lần."], problem.Errors["coAuthors[1].fullName"]);
        Assert.Equal(["Đồng tác giả thứ 3 trùng họ tên và năm sinh với đồng tác giả thứ 1; mỗi thành viên chỉ khai một lần."], problem.Errors["coAuthors[2].fullName"]);
        Assert.Equal(["Đồng tác giả thứ 4 trùng E-mail với trưởng nhóm; mỗi thành viên chỉ khai một lần."], problem.Errors["coAuthors[3].email"]);
    }

    [Fact]
    public async Task A_co_authors_fields_are_checked_as_the_leaders_are()
    {
        var form = Form("so-noi-vu", "Nhóm khai sai", CoAuthor(new string('A', 101), 1800, email: "mai@", phone: "12345"));

        var problem = await RefusedAsync(form);

        Assert.Equal(["Mục họ và tên của đồng tác giả thứ 1 không được dài quá 100 ký tự."], problem.Errors["coAuthors[0].fullName"]);
        Assert.StartsWith("Năm sinh phải từ", problem.Errors["coAuthors[0].birthYear"][0]);
        Assert.Equal(["Số điện thoại không hợp lệ (ví dụ: 0912 345 678 hoặc +84 912 345 678)."], problem.Errors["coAuthors[0].phone"]);
        Assert.Equal(["Địa chỉ E-mail không hợp lệ."], problem.Errors["coAuthors[0].email"]);
    }
}
