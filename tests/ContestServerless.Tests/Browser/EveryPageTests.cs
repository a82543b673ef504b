using ContestServerless.Domain.Staff;
using Microsoft.Playwright;

namespace ContestServerless.Tests.Browser;

/// <summary>
/// Every page in <see cref="SitePages"/>, loaded with data, on a 360 px phone and a 1366 px desktop: zero WCAG 2.1
/// A/AA violations (axe-core), no sideways scrolling, no "null"/"undefined"/"NaN" on screen, no state code or unit id
/// shown raw; and no JavaScript error or unhandled rejection while it loads and while every field is filled in.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class EveryPageTests(ContestStack stack) : ChromiumTests
{
    private const string UnitId = "trang-kiem-tra-axe";
    private const string Judge = "gk.kiemtra@example.org";

    public static TheoryData<string> Pages => [.. SitePages.All.Select(page => page.Name)];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_is_accessible_and_fits_a_phone_and_a_desktop(string name)
    {
        var page = SitePages.Named(name);
        var data = await PageData.ForAsync(stack);
        var path = page.Path.Replace("{entry}", data.EntryId).Replace("{code}", data.ReceiptCode)
            .Replace("{token}", Uri.EscapeDataString(data.UnitToken)).Replace("{round}", data.RoundId).Replace("{sealed}", data.SealedCode);
        var context = await NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = stack.BaseAddress.ToString(),
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        if (page.Audience == Audience.Organizer) await context.SignInAsync(stack, TestStaff.Secretary, StaffRoles.Organizer);
        if (page.Audience == Audience.Judge) await context.SignInAsync(stack, Judge, StaffRoles.Judge);
        if (page.Audience == Audience.NoRole) await context.SignInAsync(stack, "khach.kiemtra@example.org", role: null);
        var tab = await context.NewPageAsync();
        var scriptErrors = ScriptErrors.Watch(tab);
        await tab.AddInitScriptAsync(ScriptErrors.ReportRejections);

        var problems = new List<string>();
        foreach (var width in new[] { PageAudit.PhoneWidth, PageAudit.DesktopWidth })
        {
            await tab.SetViewportSizeAsync(width, 800);
            await tab.GotoAsync(path);
            await tab.WaitForSelectorAsync(page.Ready, new() { State = WaitForSelectorState.Attached, Timeout = Eventually.BoundMilliseconds });
            problems.AddRange((await PageAudit.ProblemsAsync(tab, checkWidth: width == PageAudit.PhoneWidth, data.UnitIds)).Select(p => $"at {width} px {p}"));
        }
        await PageAudit.FillEveryFieldAsync(tab);
        problems.AddRange(scriptErrors.Select(error => $"JavaScript error: {error}"));

        Assert.True(problems.Count == 0, $"{page.Name} ({path}):\n{string.Join("\n", problems)}");
    }

    /// <summary>
    /// What the pages show, made once per stack: a unit with a personal link and a received entry of it, and a judging
    /// round open now whose judge was given an entry.
    /// </summary>
    private sealed record PageData(string EntryId, string ReceiptCode, string UnitToken, string RoundId, string SealedCode,
        IReadOnlyList<string> UnitIds)
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
                var (roundId, sealedCode) = await JudgingAsync(stack, organizer, entrant);
                var units = await stack.Http.GetFromJsonAsync<List<System.Text.Json.JsonElement>>("/api/units");
                var data = new PageData(id, receipt.ReceiptCode, token, roundId, sealedCode,
                    // A test unit's name holds its id ("Đơn vị thử …"): only ids a name does not spell out can leak.
                    [.. units!.Select(unit => (Id: unit.GetProperty("id").GetString()!, Name: unit.GetProperty("name").GetString()!))
                        .Where(unit => !unit.Name.Contains(unit.Id, StringComparison.Ordinal)).Select(unit => unit.Id)]);
                _made = (stack, data);
                return data;
            }
            finally
            {
                Gate.Release();
            }
        }

        private static async Task<(string RoundId, string SealedCode)> JudgingAsync(ContestStack stack, HttpClient organizer, Entrant entrant)
        {
            await TestJudging.AddJudgesAsync(organizer, (Judge, "Giám khảo Kiểm thử", null));
            var form = Entrant.Form(fileName: "bai-du-thi.docx", unitId: UnitId);
            form["title"] = "Cô giáo vùng sâu";
            await entrant.EnterAsync(form, Judging.WordFiles.Essay("Cô giáo mười năm bám bản.", "Tác giả"));
            var now = stack.Clock.GetUtcNow();
            var roundId = await TestJudging.CreateRoundAsync(organizer, "Sơ khảo", [Judge], 1, now.AddHours(-1), now.AddDays(14));
            using var judge = await stack.SignInAsync(Judge, StaffRoles.Judge);
            var assigned = (await judge.GetFromJsonAsync<List<Functions.Judging.JudgeAssignmentView>>("/api/judge/assignments"))!;
            return (roundId, assigned[0].Code);
        }
    }
}
