using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Audit;
using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Reminders;
using ContestServerless.Functions.Storage;

namespace ContestServerless.Tests.Contest;

/// <summary>
/// Organizers edit the stored contest (naming the version they read) and extend its deadline; every request after
/// the change reads it, without a restart. On a contest of its own that closed yesterday, so the shared stack's
/// contest never changes under other tests.
/// </summary>
public sealed class ContestRecordTests(ClosedContestStack closed) : IClassFixture<ClosedContestStack>
{
    private const string Id = "soc-trang-2018";
    internal const string Path = $"/api/organizer/contests/{Id}";

    private ContestStack Stack => closed.Stack;

    [Fact]
    public async Task A_saved_name_shows_at_once_and_a_save_with_the_old_version_is_refused()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var (version, settings) = await ReadAsync(organizer);

        settings["name"] = "Cuộc thi viết đã đổi tên";
        var saved = await PutAsync(organizer, settings, version);
        settings["name"] = "Tên của người lưu sau";
        var stale = await PutAsync(organizer, settings, version);
        var missing = await PutAsync(organizer, settings, null);
        await Stack.Services.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotEqual(version, saved.Headers.ETag?.ToString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal("Cuộc thi viết đã đổi tên", (await Stack.Http.GetFromJsonAsync<ContestView>("/api/contest"))!.Name);
        // A later start stores the configured contest only where none is: the organizers' name stays.
        var stored = await Stack.Services.GetRequiredService<IContestStore>().FindAsync(Id, CancellationToken.None);
        Assert.Equal("Cuộc thi viết đã đổi tên", stored!.Settings.Name);
        Assert.Equal(saved.Headers.ETag?.ToString(), stored.Version);
        var audit = (await organizer.GetFromJsonAsync<AuditPageView>("/api/organizer/audit"))!.Records;
        Assert.Contains(audit, r => r.Action == Domain.Audit.AuditAction.ContestChanged && r.Target == Id && r.Detail.Contains("Cuộc thi viết đã đổi tên", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_extension_reopens_submissions_until_the_new_time_with_its_notice_and_reminders_follow()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var before = (await Stack.Http.GetFromJsonAsync<ContestView>("/api/contest"))!;
        var refused = await Stack.Http.PostAsJsonAsync("/api/entries", Entrant.Form(unitId: "so-noi-vu"));
        var closesAt = VietnamDay(DateTimeOffset.UtcNow.AddDays(3)).AddHours(17);

        var extended = await organizer.PostAsJsonAsync($"{Path}/extension", new
        {
            closesAt = closesAt.ToString("yyyy-MM-dd'T'HH:mm"),
            reason = "Số bài dự thi gửi về còn ít.",
            notice = "<b>Gia hạn</b> nhận bài đến 17 giờ.",
        });

        Assert.False(refused.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        var after = (await Stack.Http.GetFromJsonAsync<ContestView>("/api/contest"))!;
        Assert.Equal(closesAt, after.SubmissionClosesAt);
        Assert.Equal("open", after.Status);
        // Markup is kept as the text typed: the pages show it as text.
        Assert.Equal("<b>Gia hạn</b> nhận bài đến 17 giờ.", after.Extension!.Notice);
        Assert.Equal(before.SubmissionClosesAt, after.Extension.PreviousClosesAt);
        // Entries follow the record: one sent after the original deadline is received.
        await new Entrant(Stack.Http).EnterAsync("so-noi-vu", "Bài gửi trong thời gian gia hạn");
        // Reminders count from the closing time: with three days left, the entries' step is due again.
        var reminders = (await organizer.GetFromJsonAsync<ReminderPreviewView>("/api/organizer/reminders"))!;
        Assert.NotNull(Assert.Single(reminders.Steps, s => s.Deadline == "entries").Step);
        var audit = (await organizer.GetFromJsonAsync<AuditPageView>("/api/organizer/audit"))!.Records;
        var record = Assert.Single(audit, r => r.Action == Domain.Audit.AuditAction.ContestExtended);
        Assert.Contains(Domain.Common.VietnamTime.DateTime(before.SubmissionClosesAt), record.Detail, StringComparison.Ordinal);
        Assert.Contains(Domain.Common.VietnamTime.DateTime(closesAt), record.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_stored_by_another_instance_shows_within_seconds()
    {
        var store = Stack.Services.GetRequiredService<IContestStore>();
        var stored = (await store.FindAsync(Id, CancellationToken.None))!;
        var settings = stored.Settings.Copy();
        settings.Contact = $"Văn phòng Ban Tổ chức, máy lẻ {Random.Shared.Next(100, 999)}";

        // Written to the table directly, as another instance would: this instance learns of it only by reading again.
        Assert.NotNull(await store.TryReplaceAsync(stored with { Settings = settings }, CancellationToken.None));

        await Eventually.WaitAsync(async () =>
            (await Stack.Http.GetFromJsonAsync<ContestView>("/api/contest"))!.Contact == settings.Contact, "the contest page to show the stored contact");
    }

    [Theory]
    [InlineData("2018-01-01T08:00", "Lý do", "Thông báo", "closesAt")]
    [InlineData("0001-01-01T00:00", "Lý do", "Thông báo", "closesAt")]
    [InlineData("31/02/2030 08:00", "Lý do", "Thông báo", "closesAt")]
    [InlineData("2099-01-01T08:00", "", "Thông báo", "reason")]
    [InlineData("2099-01-01T08:00", "Lý do", "Thông báo\u0007", "notice")]
    [InlineData("2099-01-01T08:00", "Lý do\u202Eđảo", "Thông báo", "reason")]
    public async Task A_bad_extension_is_a_field_error_and_changes_nothing(string closesAt, string reason, string notice, string field)
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var (version, _) = await ReadAsync(organizer);

        var response = await organizer.PostAsJsonAsync($"{Path}/extension", new { closesAt, reason, notice });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.ReadProblem()).Errors.ContainsKey(field), await response.Content.ReadAsStringAsync());
        Assert.Equal(version, (await ReadAsync(organizer)).Version);
    }

    [Fact]
    public async Task Bad_settings_are_field_errors_in_vietnamese_and_change_nothing()
    {
        using var organizer = await Stack.SignInAsOrganizerAsync();
        var (version, settings) = await ReadAsync(organizer);
        settings["name"] = "Tên\u0000lạ";
        settings["submissionClosesAt"] = "31/02/2030 08:00";
        settings["movements"]!.AsArray().Add(new JsonObject { ["id"] = settings["movements"]![0]!["id"]!.GetValue<string>(), ["name"] = "Trùng mã" });
        settings["documents"]![0]!["url"] = "javascript:alert(1)";
        settings["entryRules"]!["maxWords"] = 5;

        var response = await PutAsync(organizer, settings, version);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadProblem()).Errors;
        Assert.Equal(["documents[0].url", "entryRules.maxWords", "movements", "name", "submissionClosesAt"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("trùng", errors["movements"][0], StringComparison.Ordinal);
        Assert.Equal(version, (await ReadAsync(organizer)).Version);
    }

    internal static async Task<(string Version, JsonObject Settings)> ReadAsync(HttpClient organizer)
    {
        var response = await organizer.GetAsync(Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var settings = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return (response.Headers.ETag!.ToString(), settings);
    }

    internal static Task<HttpResponseMessage> PutAsync(HttpClient organizer, JsonObject settings, string? version)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Path) { Content = JsonContent.Create(settings) };
        if (version is not null) request.Headers.TryAddWithoutValidation("If-Match", version);
        return organizer.SendAsync(request);
    }

    private static DateTimeOffset VietnamDay(DateTimeOffset instant)
    {
        var local = Domain.Common.VietnamTime.ToLocal(instant);
        return new DateTimeOffset(local.Year, local.Month, local.Day, 0, 0, 0, local.Offset);
    }
}
