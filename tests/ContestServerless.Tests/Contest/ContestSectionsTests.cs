using System.Text.Json.Nodes;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Privacy;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Results;
using ContestServerless.Functions.Audit;
using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Results;
using ContestServerless.Functions.Storage;
using Microsoft.Extensions.Options;

namespace ContestServerless.Tests.Contest;

/// <summary>
/// A contest's prize tiers, reminder steps and personal-data rules are on its record, edited by organizers: each
/// contest's results and reminders use its own, a copy carries them, bad values are refused field by field, and a
/// record stored before they were there serves the deployment's configured ones.
/// </summary>
[Collection(ContestLifecycleCollection.Name)]
public sealed class ContestSectionsTests(ContestLifecycleStack lifecycle)
{
    private ContestStack Stack => lifecycle.Stack;

    [Fact]
    public async Task A_contests_own_tiers_and_reminder_steps_serve_its_results_and_reminders_while_the_first_contest_keeps_the_configured_ones()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        await ContestLifecycleStack.CreateAsync(organizer, "giai-rieng-2032", "Cuộc thi có giải riêng", Stack.DefaultContestId());
        var (version, settings) = await ReadAsync(organizer, "giai-rieng-2032");
        Own(settings);

        var saved = await PutAsync(organizer, "giai-rieng-2032", settings, version);

        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var view = await saved.ReadAs<ContestSettingsView>();
        Assert.Equal([("Giải Đặc biệt", 1), ("Giải Khuyến khích", 7)], view.PrizeTiers.Select(t => (t.Name, t.Quota)));
        Assert.Equal(("10,5", 3), (view.Reminders!.DaysBefore, view.Reminders.OverdueEveryDays));
        Assert.Equal(("2032-01", 18, 24), (view.Privacy!.NoticeVersion, view.Privacy.GuardianAge, view.Privacy.RetentionMonths));

        using var inOwn = ContestClients.In(organizer, "giai-rieng-2032");
        var ownBoard = await (await inOwn.GetAsync("/api/organizer/results")).ReadAs<ResultsBoardView>();
        var firstBoard = await (await organizer.GetAsync("/api/organizer/results")).ReadAs<ResultsBoardView>();
        var configured = Stack.Services.GetRequiredService<IOptions<ResultsOptions>>().Value;
        Assert.Equal(["Giải Đặc biệt", "Giải Khuyến khích"], ownBoard.Settings.Select(t => t.Name));
        Assert.Equal(configured.Tiers.Select(t => t.Name), firstBoard.Settings.Select(t => t.Name));

        var configuredSteps = Stack.Services.GetRequiredService<IOptions<ReminderOptions>>().Value.StepsBefore();
        Assert.Equal([10, 5], In<ReminderOptions>("giai-rieng-2032").StepsBefore());
        Assert.Equal(3, In<ReminderOptions>("giai-rieng-2032").OverdueEveryDays);
        Assert.Equal(configuredSteps, In<ReminderOptions>(Stack.DefaultContestId()).StepsBefore());
        Assert.Equal(("2032-01", 18), (In<PrivacyOptions>("giai-rieng-2032").NoticeVersion, In<PrivacyOptions>("giai-rieng-2032").GuardianAge));
        var first = await (await organizer.GetAsync($"/api/organizer/contests/{Stack.DefaultContestId()}")).ReadAs<ContestSettingsView>();
        Assert.Equal(configured.Tiers.Select(t => (t.Name, t.Quota)), first.PrizeTiers.Select(t => (t.Name, t.Quota)));
        Assert.Equal(string.Join(",", configuredSteps), first.Reminders!.DaysBefore);

        var audit = (await inOwn.GetFromJsonAsync<AuditPageView>("/api/organizer/audit"))!.Records;
        Assert.Contains(audit, r => r.Action == Domain.Audit.AuditAction.ContestChanged
            && r.Detail.Contains("Hạng giải:", StringComparison.Ordinal) && r.Detail.Contains("Giải Đặc biệt: 1", StringComparison.Ordinal)
            && r.Detail.Contains("Nhắc trước hạn (ngày):", StringComparison.Ordinal) && r.Detail.Contains("“10,5”", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_copy_carries_the_sources_tiers_papers_rubric_reminder_steps_and_personal_data_rules()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        await ContestLifecycleStack.CreateAsync(organizer, "nguon-giai-2033", "Nguồn sao chép", Stack.DefaultContestId());
        var (version, settings) = await ReadAsync(organizer, "nguon-giai-2033");
        Own(settings);
        settings["papers"] = new JsonObject { ["place"] = "Hội trường Sở Nội vụ", ["locality"] = "Cần Thơ", ["juryChair"] = "Nguyễn Văn An",
            ["jurySecretary"] = "Lê Thị Bình", ["signerTitle"] = "Trưởng Ban Tổ chức", ["signerName"] = "Trần Văn Cường" };
        settings["rubric"] = new JsonObject
        {
            ["criteria"] = new JsonArray(new JsonObject { ["id"] = "noi-dung", ["label"] = "Nội dung", ["description"] = "", ["max"] = 60, ["step"] = 1 },
                new JsonObject { ["id"] = "hinh-thuc", ["label"] = "Hình thức", ["description"] = "", ["max"] = 40, ["step"] = 0.5 }),
            ["judgesPerEntry"] = 2,
        };
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(organizer, "nguon-giai-2033", settings, version)).StatusCode);
        var source = await (await organizer.GetAsync("/api/organizer/contests/nguon-giai-2033")).ReadAs<ContestSettingsView>();

        var copy = await ContestLifecycleStack.CreateAsync(organizer, "ban-sao-giai-2034", "Bản sao có giải", "nguon-giai-2033");

        Assert.Equal(source.PrizeTiers, copy.PrizeTiers);
        Assert.Equal(source.Papers, copy.Papers);
        Assert.Equal("Trần Văn Cường", copy.Papers!.SignerName);
        Assert.Equal(source.Rubric!.Criteria, copy.Rubric!.Criteria);
        Assert.Equal(2, copy.Rubric.JudgesPerEntry);
        Assert.Equal(source.Reminders, copy.Reminders);
        Assert.Equal(source.Privacy, copy.Privacy);
    }

    [Fact]
    public async Task Bad_tiers_rubric_reminder_steps_and_personal_data_rules_are_refused_field_by_field_and_nothing_is_stored()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        await ContestLifecycleStack.CreateAsync(organizer, "sai-giai-2035", "Cuộc thi nhập sai", Stack.DefaultContestId());
        var (version, settings) = await ReadAsync(organizer, "sai-giai-2035");
        settings["prizeTiers"] = new JsonArray(new JsonObject { ["name"] = "", ["quota"] = 1 }, new JsonObject { ["name"] = "Giải Ba", ["quota"] = -1 });
        settings["rubric"] = new JsonObject { ["criteria"] = new JsonArray(), ["judgesPerEntry"] = 0 };
        settings["reminders"] = new JsonObject { ["daysBefore"] = "3,7", ["overdueEveryDays"] = 61 };
        settings["privacy"] = new JsonObject { ["noticeVersion"] = "", ["guardianAge"] = 0, ["retentionMonths"] = 121 };

        var response = await PutAsync(organizer, "sai-giai-2035", settings, version);
        settings["reminders"] = new JsonObject { ["daysBefore"] = "14,abc,121", ["overdueEveryDays"] = 7 };
        var unreadable = await PutAsync(organizer, "sai-giai-2035", settings, version);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadProblem()).Errors;
        Assert.Equal(["privacy.guardianAge", "privacy.noticeVersion", "privacy.retentionMonths", "prizeTiers[0].name", "prizeTiers[1].quota",
            "reminders.daysBefore", "reminders.overdueEveryDays", "rubric.criteria", "rubric.judgesPerEntry"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("từ lớn đến nhỏ", errors["reminders.daysBefore"][0], StringComparison.Ordinal);
        Assert.Contains("từ 1 đến 30", errors["privacy.guardianAge"][0], StringComparison.Ordinal);
        Assert.Contains("1 đến 120", Assert.Single((await unreadable.ReadProblem()).Errors["reminders.daysBefore"]), StringComparison.Ordinal);
        var after = await ReadAsync(organizer, "sai-giai-2035");
        Assert.Equal(version, after.Version);
    }

    [Fact]
    public async Task A_record_stored_before_contests_held_these_serves_the_deployments_configured_ones()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var directory = Stack.Services.GetRequiredService<ContestDirectory>();
        var settings = directory.Default.Settings.Copy();
        (settings.Id, settings.Name) = ("truoc-nang-cap-2036", "Cuộc thi lưu trước khi nâng cấp");
        (settings.PrizeTiers, settings.Papers, settings.Rubric, settings.Reminders, settings.Privacy) = (null, null, null, null, null);
        var record = new ContestRecord(settings.Id, settings, "", null, ContestIds.StorageKeyFor(settings.Id, directory.All.Select(r => r.StorageKey)));
        await Stack.Services.GetRequiredService<ContestStorage>().ProvisionAsync(record, CancellationToken.None);
        Assert.NotNull(await Stack.Services.GetRequiredService<IContestStore>().TryAddAsync(record, CancellationToken.None));
        await directory.RefreshAsync(CancellationToken.None);

        var view = await (await organizer.GetAsync("/api/organizer/contests/truoc-nang-cap-2036")).ReadAs<ContestSettingsView>();

        var results = Stack.Services.GetRequiredService<IOptions<ResultsOptions>>().Value;
        var reminders = Stack.Services.GetRequiredService<IOptions<ReminderOptions>>().Value;
        var privacy = Stack.Services.GetRequiredService<IOptions<PrivacyOptions>>().Value;
        Assert.Equal(results.Tiers.Select(t => (t.Name, t.Quota)), view.PrizeTiers.Select(t => (t.Name, t.Quota)));
        Assert.Equal(results.Papers.SignerTitle, view.Papers!.SignerTitle);
        Assert.Equal((string.Join(",", reminders.StepsBefore()), reminders.OverdueEveryDays), (view.Reminders!.DaysBefore, view.Reminders.OverdueEveryDays));
        Assert.Equal((privacy.NoticeVersion, privacy.GuardianAge, privacy.RetentionMonths),
            (view.Privacy!.NoticeVersion, view.Privacy.GuardianAge, view.Privacy.RetentionMonths));
        Assert.Equal(reminders.StepsBefore(), In<ReminderOptions>("truoc-nang-cap-2036").StepsBefore());
    }

    /// <summary>Settings of a contest of its own: two tiers, reminders 10 and 5 days before and every 3 days after, its own personal-data rules.</summary>
    private static void Own(JsonObject settings)
    {
        settings["prizeTiers"] = new JsonArray(new JsonObject { ["name"] = "Giải Đặc biệt", ["quota"] = 1 }, new JsonObject { ["name"] = "Giải Khuyến khích", ["quota"] = 7 });
        settings["reminders"] = new JsonObject { ["daysBefore"] = "10, 5", ["overdueEveryDays"] = 3 };
        settings["privacy"] = new JsonObject { ["noticeVersion"] = "2032-01", ["guardianAge"] = 18, ["retentionMonths"] = 24 };
    }

    /// <summary>What a service of <paramref name="contestId"/>'s scope is given, as a queue message or a timer's turn chooses it.</summary>
    private T In<T>(string contestId) where T : notnull
    {
        using var scope = Stack.Services.CreateScope();
        Assert.True(scope.ServiceProvider.GetRequiredService<ContestChoice>().TryChoose(contestId));
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    private static async Task<(string Version, JsonObject Settings)> ReadAsync(HttpClient organizer, string id)
    {
        var response = await organizer.GetAsync($"/api/organizer/contests/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Headers.ETag!.ToString(), JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient organizer, string id, JsonObject settings, string version)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/organizer/contests/{id}") { Content = JsonContent.Create(settings) };
        request.Headers.TryAddWithoutValidation("If-Match", version);
        return organizer.SendAsync(request);
    }
}
