using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Audit;
using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Units;

namespace ContestServerless.Tests.Contest;

/// <summary>
/// Organizers create a contest, blank or copied from an earlier one (its register too, when asked): a copy carries the
/// settings and never the entries, and a unit link of the source opens nothing in the copy. Bad input stores nothing.
/// </summary>
[Collection(ContestLifecycleCollection.Name)]
public sealed class ContestCreationTests(ContestLifecycleStack lifecycle)
{
    private ContestStack Stack => lifecycle.Stack;

    private async Task<IReadOnlyList<ContestSummaryView>> ListAsync() => await (await Stack.Http.GetAsync("/api/contests")).ReadAs<List<ContestSummaryView>>();

    [Fact]
    public async Task A_blank_contest_takes_the_configured_settings_under_its_name_and_opens_in_thirty_days_for_sixty()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var configured = Stack.Services.GetRequiredService<ContestDirectory>().Configured;

        var response = await ContestLifecycleStack.PostAsync(organizer, new { id = "trang-2030", name = "Cuộc thi viết năm 2030" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(response.Headers.ETag?.Tag));
        Assert.Equal("/api/organizer/contests/trang-2030", response.Headers.Location?.OriginalString);
        var created = await response.ReadAs<ContestSettingsView>();
        Assert.Equal(("trang-2030", "Cuộc thi viết năm 2030", "upcoming"), (created.Id, created.Name, created.Status));
        Assert.Equal(configured.Organizer, created.Organizer);
        Assert.Equal(configured.Movements.Select(m => m.Id), created.Movements.Select(m => m.Id));
        var today = Domain.Common.VietnamTime.Day(DateTimeOffset.UtcNow);
        Assert.Equal(today.AddDays(30), Domain.Common.VietnamTime.Day(created.SubmissionOpensAt));
        Assert.Equal(TimeSpan.FromDays(60), created.SubmissionClosesAt - created.SubmissionOpensAt);
        Assert.True(created.QuickReportDueAt > created.SubmissionOpensAt);
        Assert.Contains(await ListAsync(), c => c.Id == "trang-2030" && c.Status == "upcoming");
        using var inNew = ContestClients.In(organizer, "trang-2030");
        Assert.Empty(await (await inNew.GetAsync("/api/organizer/units")).ReadAs<List<UnitView>>());
    }

    [Fact]
    public async Task A_copy_keeps_the_sources_settings_and_dates_and_its_register_but_no_entry_and_its_creation_is_audited()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var source = await (await organizer.GetAsync($"/api/organizer/contests/{Stack.DefaultContestId()}")).ReadAs<ContestSettingsView>();
        var sourceUnits = await (await organizer.GetAsync("/api/organizer/units")).ReadAs<List<UnitView>>();
        await new Entrant(Stack.Http).CreateAsync(Entrant.Form(unitId: ContestLifecycleStack.Unit, email: "nguon@example.org"));

        var copy = await ContestLifecycleStack.CreateAsync(organizer, "ban-sao-2031", "Bản sao năm 2031", Stack.DefaultContestId(), copyRegister: true);

        Assert.Equal((source.Organizer, source.Description, source.Area, source.Contact, source.SubmissionOpensAt, source.SubmissionClosesAt, source.QuickReportDueAt),
            (copy.Organizer, copy.Description, copy.Area, copy.Contact, copy.SubmissionOpensAt, copy.SubmissionClosesAt, copy.QuickReportDueAt));
        Assert.Equal(source.Intro, copy.Intro);
        Assert.Equal(source.Movements, copy.Movements);
        Assert.Equal(source.Documents, copy.Documents);
        Assert.Equal(source.UnitGroups, copy.UnitGroups);
        Assert.Equal(source.EntryRules.AllowedExtensions, copy.EntryRules.AllowedExtensions);
        using var inCopy = ContestClients.In(organizer, copy.Id);
        var copiedUnits = await (await inCopy.GetAsync("/api/organizer/units")).ReadAs<List<UnitView>>();
        Assert.Equal(sourceUnits.Select(u => (u.Id, u.Name, u.FocalPoints.Count)).OrderBy(u => u.Id),
            copiedUnits.Select(u => (u.Id, u.Name, u.FocalPoints.Count)).OrderBy(u => u.Id));
        Assert.Equal(sourceUnits.Single(u => u.Id == ContestLifecycleStack.Unit).FocalPoints.Select(f => f.Email),
            copiedUnits.Single(u => u.Id == ContestLifecycleStack.Unit).FocalPoints.Select(f => f.Email));
        var entries = await (await inCopy.GetAsync("/api/organizer/entries")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("nguon@example.org", entries);
        var audit = await (await inCopy.GetAsync("/api/organizer/audit")).ReadAs<AuditPageView>();
        var created = Assert.Single(audit.Records, r => r.Action == AuditAction.ContestCreated);
        Assert.Contains($"sao chép thông tin từ cuộc thi “{source.Name}”", created.Detail);
    }

    [Fact]
    public async Task A_copy_without_its_register_starts_with_no_unit()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();

        await ContestLifecycleStack.CreateAsync(organizer, "khong-don-vi-2031", "Không kèm đơn vị", Stack.DefaultContestId());

        using var inCopy = ContestClients.In(organizer, "khong-don-vi-2031");
        Assert.Empty(await (await inCopy.GetAsync("/api/organizer/units")).ReadAs<List<UnitView>>());
    }

    [Fact]
    public async Task A_unit_link_of_the_source_opens_nothing_in_the_copy_while_the_copys_own_link_opens_it()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        await ContestLifecycleStack.CreateAsync(organizer, "lien-ket-2032", "Liên kết mới năm 2032", Stack.DefaultContestId(), copyRegister: true);
        using var inCopy = ContestClients.In(organizer, "lien-ket-2032");
        var sourceToken = await TestUnits.LinkTokenAsync(organizer, ContestLifecycleStack.Unit);
        var copyPath = (await (await inCopy.GetAsync($"/api/organizer/units/{ContestLifecycleStack.Unit}/link")).ReadAs<UnitLinkView>()).Path;
        var copyToken = Uri.UnescapeDataString(copyPath[(copyPath.IndexOf("#t=", StringComparison.Ordinal) + 3)..]);

        async Task<(HttpStatusCode, string)> PortalAsync(string token)
        {
            using var portal = ContestClients.In(TestUnits.Portal(Stack, token), "lien-ket-2032");
            var response = await portal.GetAsync("/api/unit");
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        Assert.NotEqual(sourceToken, copyToken);
        Assert.Equal(HttpStatusCode.OK, (await PortalAsync(copyToken)).Item1);
        var madeUp = await PortalAsync(ContestLifecycleStack.Unit + "~1~4102444800~AAAA");
        Assert.Equal(HttpStatusCode.Unauthorized, madeUp.Item1);
        Assert.Equal(madeUp, await PortalAsync(sourceToken));
    }

    public static TheoryData<string, string> BadIds() => new()
    {
        { "", "Vui lòng nhập mã cuộc thi." },
        { "co/gach-cheo", ContestIds.Rule },
        { "co#thang", ContestIds.Rule },
        { "co?hoi", ContestIds.Rule },
        { "co khoang", ContestIds.Rule },
        { "co\u0007chuong", ContestIds.Rule },
        { "xuong-dong\n", ContestIds.Rule },
        { "Chu-Hoa-2030", ContestIds.Rule },
        { new string('a', 200), ContestIds.Rule },
        { "ab", ContestIds.Rule },
    };

    [Theory]
    [MemberData(nameof(BadIds))]
    public async Task A_bad_id_is_a_field_error_and_nothing_is_stored(string id, string message)
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var before = await ListAsync();

        var response = await ContestLifecycleStack.PostAsync(organizer, new { id, name = "Cuộc thi thử" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([message], (await response.ReadProblem()).Errors["id"]);
        Assert.Equal(before.Count, (await ListAsync()).Count);
    }

    [Theory]
    [InlineData("", "Vui lòng nhập tên cuộc thi.")]
    [InlineData("   ", "Vui lòng nhập tên cuộc thi.")]
    [InlineData("Tên\u0000lạ", "Mục tên cuộc thi chứa ký tự không hợp lệ.")]
    public async Task A_missing_or_broken_name_is_a_field_error_and_nothing_is_stored(string name, string message)
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();

        var response = await ContestLifecycleStack.PostAsync(organizer, new { id = "ten-sai-2030", name });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([message], (await response.ReadProblem()).Errors["name"]);
        Assert.DoesNotContain(await ListAsync(), c => c.Id == "ten-sai-2030");
    }

    [Fact]
    public async Task A_name_over_the_limit_is_a_field_error()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();

        var response = await ContestLifecycleStack.PostAsync(organizer, new { id = "ten-dai-2030", name = new string('T', 301) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Mục tên cuộc thi không được dài quá 300 ký tự."], (await response.ReadProblem()).Errors["name"]);
        Assert.DoesNotContain(await ListAsync(), c => c.Id == "ten-dai-2030");
    }

    [Theory]
    [InlineData("khong-co-cuoc-thi")]
    [InlineData("../soc-trang-2018")]
    public async Task A_copy_from_a_contest_that_does_not_exist_is_a_field_error_on_copy_from(string copyFrom)
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();

        var response = await ContestLifecycleStack.PostAsync(organizer, new { id = "sao-chep-sai-2030", name = "Sao chép sai", copyFrom, copyRegister = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([ContestSettingsReader.CopyFromMissing], (await response.ReadProblem()).Errors["copyFrom"]);
        Assert.DoesNotContain(await ListAsync(), c => c.Id == "sao-chep-sai-2030");
    }

    [Fact]
    public async Task An_id_already_taken_is_a_409_and_the_stored_contest_is_unchanged()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var before = await (await organizer.GetAsync($"/api/organizer/contests/{Stack.DefaultContestId()}")).Content.ReadAsStringAsync();

        var response = await ContestLifecycleStack.PostAsync(organizer, new { id = Stack.DefaultContestId(), name = "Trùng mã" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadProblem();
        Assert.Equal("Mã cuộc thi đã được dùng", problem.Title);
        Assert.True(problem.Errors.ContainsKey("id"));
        Assert.Equal(before, await (await organizer.GetAsync($"/api/organizer/contests/{Stack.DefaultContestId()}")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Markup_in_a_name_is_stored_as_text()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        const string name = "<img src=x onerror=alert(1)> Cuộc thi <b>2033</b>";

        var created = await ContestLifecycleStack.CreateAsync(organizer, "danh-dau-2033", name);

        Assert.Equal(name, created.Name);
        Assert.Contains(await ListAsync(), c => c.Id == "danh-dau-2033" && c.Name == name);
    }
}
