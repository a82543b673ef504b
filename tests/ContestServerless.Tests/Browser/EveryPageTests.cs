using System.Net.Http.Json;
using ContestServerless.Domain.Staff;
using ContestServerless.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>
/// Every page in <see cref="SitePages"/>, loaded with data, on a 360 px phone and a 1366 px desktop: zero WCAG 2.1
/// A/AA violations (axe-core), no sideways scrolling, no "null"/"undefined"/"NaN" on screen.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class EveryPageTests(ContestStack stack) : ChromiumTests
{
    private const string UnitId = "trang-kiem-tra-axe";

    public static TheoryData<string> Pages => [.. SitePages.All.Select(page => page.Name)];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_is_accessible_and_fits_a_phone_and_a_desktop(string name)
    {
        var page = SitePages.Named(name);
        var data = await PageData.ForAsync(stack);
        var path = page.Path.Replace("{entry}", data.EntryId).Replace("{code}", data.ReceiptCode)
            .Replace("{token}", Uri.EscapeDataString(data.UnitToken));
        var context = await NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = stack.BaseAddress.ToString(),
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        if (page.Audience == Audience.Organizer) await SignInAsync(context);
        var tab = await context.NewPageAsync();

        var problems = new List<string>();
        foreach (var width in new[] { PageAudit.PhoneWidth, PageAudit.DesktopWidth })
        {
            await tab.SetViewportSizeAsync(width, 800);
            await tab.GotoAsync(path);
            await tab.WaitForSelectorAsync(page.Ready, new() { State = WaitForSelectorState.Attached, Timeout = Eventually.BoundMilliseconds });
            problems.AddRange((await PageAudit.ProblemsAsync(tab, checkWidth: width == PageAudit.PhoneWidth)).Select(p => $"at {width} px {p}"));
        }

        Assert.True(problems.Count == 0, $"{page.Name} ({path}):\n{string.Join("\n", problems)}");
    }

    private async Task SignInAsync(IBrowserContext context)
    {
        var response = await context.APIRequest.PostAsync(new Uri(stack.BaseAddress, "/.auth/login/aad").ToString(), new()
        {
            Form = context.APIRequest.CreateFormData().Set("userDetails", TestStaff.Secretary).Set("roles", StaffRoles.Organizer),
            MaxRedirects = 0,
        });
        Assert.Equal(302, response.Status);
    }

    /// <summary>What the pages show, made once per stack: a unit with a personal link and a received entry of it.</summary>
    private sealed record PageData(string EntryId, string ReceiptCode, string UnitToken)
    {
        private static readonly SemaphoreSlim Gate = new(1, 1);
        private static (ContestStack Stack, PageData Data)? _made;

        public static async Task<PageData> ForAsync(ContestStack stack)
        {
            await Gate.WaitAsync();
            try
            {
                if (_made is { } made && made.Stack == stack) return made.Data;
                using var organizer = await stack.SignInAsOrganizerAsync();
                await TestUnits.AddAsync(organizer, UnitId, group: "so-ban-nganh", minimumEntries: 2);
                var token = await TestUnits.LinkTokenAsync(organizer, UnitId);
                var form = Entrant.Form(unitId: UnitId);
                form["title"] = "Người lái đò trên sông Hậu";
                // A group whose co-author is the essay's subject, so the pages show co-authors and the eligibility flag.
                form["coAuthors"] = new System.Text.Json.Nodes.JsonArray(
                    GroupForms.CoAuthor("Lý Thị Mai", email: "mai@example.org"), GroupForms.CoAuthor("Lâm Văn Tư", 1960));
                var file = TestFiles.Pdf();
                form["file"]!["size"] = file.Length;
                var entrant = new Entrant(stack.Http);
                var (id, uploadUrl) = await entrant.CreateAsync(form);
                (await Entrant.UploadAsync(uploadUrl, file)).EnsureSuccessStatusCode();
                var submitted = await entrant.SubmitAsync(id);
                Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
                var receipt = await submitted.ReadAs<ContestServerless.Functions.Entries.ReceiptView>();
                var data = new PageData(id, receipt.ReceiptCode, token);
                _made = (stack, data);
                return data;
            }
            finally
            {
                Gate.Release();
            }
        }
    }
}
