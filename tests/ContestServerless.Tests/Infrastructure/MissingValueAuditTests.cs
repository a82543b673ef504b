namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// The page audit's search for "null", "undefined" and "NaN" shown to a reader: it catches them glued to Vietnamese
/// text or standing alone, and leaves alone a random code (a link's signature, a token) whose letters happen to
/// spell one, which once failed a run at random.
/// </summary>
public sealed class MissingValueAuditTests : ChromiumTests
{
    private async Task<string> AuditAsync(string body)
    {
        var context = await NewContextAsync(new());
        var page = await context.NewPageAsync();
        await page.SetContentAsync($"<title>Hộp thư</title><main>{body}</main>");
        return await PageAudit.MissingValueTextAsync(page);
    }

    [Theory]
    [InlineData("<p>Trạng thái: Chưa sơ loạinull</p>", "Chưa sơ loạinull")]
    [InlineData("<p>Điểm trung bình: NaN</p>", "Điểm trung bình: NaN")]
    [InlineData("<p>Hạn nộp undefined/undefined/2027</p>", "Hạn nộp undefined/undefined/2027")]
    [InlineData("<p>theonull</p>", "theonull")]
    [InlineData("<label>Tên <input value=\"undefined\"></label>", "undefined")]
    public async Task A_missing_value_in_the_text_or_a_field_is_reported(string body, string reported)
    {
        Assert.Contains(reported, await AuditAsync(body));
    }

    [Theory]
    [InlineData("<p>Đường dẫn: http://localhost/don-vi.html#t=so-noi-vu~1~1796000000~q3NaNupFNzIU8xk</p>")]
    [InlineData("<p>Mã:\nNaNupFNzIU</p>")]
    [InlineData("<p>Mã xác nhận 7nullK2pQw9</p>")]
    public async Task Letters_of_a_random_code_that_spell_a_missing_value_are_not_reported(string body)
    {
        Assert.Equal("", await AuditAsync(body));
    }
}
