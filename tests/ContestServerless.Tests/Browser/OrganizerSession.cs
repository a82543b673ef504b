using ContestServerless.Domain.Staff;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>A browser context signed in as an organizer through the development sign-in, for tests that start on an organizer page.</summary>
public static class OrganizerSession
{
    public static async Task<IPage> OpenAsync(IBrowser browser, ContestStack stack, BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = stack.BaseAddress.ToString();
        options.Locale = "vi-VN";
        options.TimezoneId = "Asia/Ho_Chi_Minh";
        var context = await browser.NewContextAsync(options);
        await context.SignInAsync(stack, TestStaff.Secretary, StaffRoles.Organizer);
        return await context.NewPageAsync();
    }

    /// <summary>The id of the element that has focus, or "" when it has none.</summary>
    public static Task<string> FocusedIdAsync(IPage page) => page.EvaluateAsync<string>("document.activeElement?.id ?? ''");
}
