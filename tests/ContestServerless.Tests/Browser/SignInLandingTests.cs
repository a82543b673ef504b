using ContestServerless.Domain.Staff;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>
/// Every role lands where it works: staff sign in from the footer's link and land on their own pages, and a page a
/// role cannot use offers the way to the one it can.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class SignInLandingTests(ContestStack stack) : ChromiumTests
{
    /// <summary>From the home page's footer, through the (development) sign-in, as a person does it.</summary>
    private static async Task SignInFromHomeAsync(IPage page, string user, string role)
    {
        await page.GotoAsync("/");
        await page.ClickAsync("footer.site-footer #staff-sign-in");
        await page.WaitForSelectorAsync("#userDetails");
        await page.FillAsync("#userDetails", user);
        if (role != StaffRoles.Organizer) await page.UncheckAsync("#role-organizer");
        await page.CheckAsync($"#role-{role}");
        await page.ClickAsync("#dev-sign-in");
        await page.WaitForSelectorAsync("#signed-in-user");
    }

    [Fact]
    public async Task A_judge_signing_in_lands_on_the_judges_list()
    {
        var page = await NewPageAsync(stack);

        await SignInFromHomeAsync(page, "gk.dangnhap@example.org", StaffRoles.Judge);

        Assert.Equal("/judge/", new Uri(page.Url).AbsolutePath);
        Assert.Equal("gk.dangnhap@example.org", await page.TextContentAsync("#signed-in-user"));
        Assert.Equal(0, await page.Locator("header a[href='/admin/entries.html']").CountAsync());
    }

    [Fact]
    public async Task An_organizer_signing_in_lands_on_the_dashboard()
    {
        var page = await NewPageAsync(stack);

        await SignInFromHomeAsync(page, TestStaff.Secretary, StaffRoles.Organizer);

        Assert.Equal("/admin/", new Uri(page.Url).AbsolutePath);
        await page.WaitForSelectorAsync("#units-table tr[data-unit]");
    }

    [Fact]
    public async Task A_judge_opening_an_organizer_page_is_offered_the_way_to_the_judges_list_and_no_organizer_menu()
    {
        var page = await NewPageAsync(stack);
        await SignInFromHomeAsync(page, "gk.lacduong@example.org", StaffRoles.Judge);

        await page.GotoAsync("/admin/entries.html");
        await page.WaitForSelectorAsync("#access-way");

        Assert.Equal("Trang này dành cho Ban Tổ chức. Tài khoản của bạn thuộc Ban Giám khảo.", await page.TextContentAsync("#access-problem"));
        Assert.Equal(0, await page.Locator("header a[href='/admin/entries.html']").CountAsync());
        await page.ClickAsync("#access-way");
        await page.WaitForURLAsync("**/judge/");
        await page.WaitForSelectorAsync("#signed-in-user");
    }

    [Fact]
    public async Task Someone_the_staff_list_gives_no_role_is_told_so_on_the_sign_in_page_and_offered_another_account()
    {
        var page = await NewPageAsync(stack);
        await page.GotoAsync("/dang-nhap.html");
        await page.WaitForSelectorAsync("#userDetails");
        await page.FillAsync("#userDetails", "khach.khong.quyen@example.org");
        await page.UncheckAsync("#role-organizer");
        await page.ClickAsync("#dev-sign-in");

        await page.WaitForSelectorAsync("#sign-in-status[data-state='no-role']");

        Assert.Equal("/dang-nhap.html", new Uri(page.Url).AbsolutePath);
        Assert.Contains("khach.khong.quyen@example.org chưa được cấp quyền", await page.TextContentAsync("#sign-in-status"));
        Assert.Equal(1, await page.Locator("#sign-in-other").CountAsync());
    }
}
