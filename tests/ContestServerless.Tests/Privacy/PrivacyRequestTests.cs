using Azure.Storage.Blobs;
using ContestServerless.Domain.Abuse;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Privacy;
using ContestServerless.Functions.Privacy;

namespace ContestServerless.Tests.Privacy;

/// <summary>After closing, entrants file erasure or correction requests and organizers decide them with a reason.</summary>
[Collection(StackCollection.Name)]
public sealed class PrivacyRequestTests(ContestStack stack)
{
    private static readonly PublicCaller Caller = new("127.0.0.1");
    private IEntryStore Store => stack.Services.GetRequiredService<IEntryStore>();

    private EntrantDataService After(TimeSpan fromNow) =>
        ActivatorUtilities.CreateInstance<EntrantDataService>(stack.Services,
            ActivatorUtilities.CreateInstance<EntrantAccess>(stack.Services, new FakeTimeProvider(DateTimeOffset.UtcNow + fromNow)));

    [Fact]
    public async Task Before_closing_the_entrant_is_told_to_change_the_entry_directly()
    {
        var entrant = await EntrantClient.EnterAsync(stack, "h-ke-sach");

        var response = await entrant.PostAsync("/privacy-requests", new { kind = "erasure", details = "Xin xóa bài." });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Bạn có thể tự sửa hoặc rút bài", (await response.ReadProblem()).Title);
    }

    [Fact]
    public async Task A_request_without_kind_or_details_names_both_fields()
    {
        var entrant = await EntrantClient.EnterAsync(stack, "h-ke-sach");

        var filed = await After(TimeSpan.FromDays(31)).FileRequestAsync(entrant.Id, entrant.Code, new PrivacyRequestForm("xoa", " "), Caller, CancellationToken.None);

        Assert.Equal(["details", "kind"], filed.Problem!.Errors!.Keys.Order());
    }

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\0")]
    [InlineData("\U000E0041")]
    [InlineData("\uFFFF")]
    public async Task A_request_whose_details_hold_an_invisible_or_control_character_is_refused_and_not_filed(string character)
    {
        var entrant = await EntrantClient.EnterAsync(stack, "h-ke-sach");

        var filed = await After(TimeSpan.FromDays(31)).FileRequestAsync(entrant.Id, entrant.Code,
            new PrivacyRequestForm("correction", $"Xin sửa năm sinh{character} thành 1980."), Caller, CancellationToken.None);

        Assert.Equal(["Mục nội dung yêu cầu chứa ký tự không hợp lệ."], filed.Problem!.Errors!["details"]);
        Assert.Empty(await stack.Services.GetRequiredService<IPrivacyStore>().ListRequestsAsync(entrant.Id, CancellationToken.None));
    }

    [Fact]
    public async Task An_organizer_grants_an_erasure_with_a_reason_and_the_entry_is_de_identified_and_leaves_play()
    {
        var organizer = await stack.SignInAsOrganizerAsync();
        var unit = await TestUnits.AddAsync(organizer, "privacy-erase");
        var entrant = await EntrantClient.EnterAsync(stack, unit);
        var filed = (await After(TimeSpan.FromDays(31)).FileRequestAsync(entrant.Id, entrant.Code,
            new PrivacyRequestForm("erasure", "Tôi muốn xóa thông tin cá nhân."), Caller, CancellationToken.None)).Value!;

        var listed = await (await organizer.GetAsync("/api/organizer/privacy/requests")).ReadAs<PrivacyRequestListView>();
        var decided = await organizer.PostAsJsonAsync($"/api/organizer/privacy/requests/{filed.Id}/decision",
            new { decision = "granted", reason = "Tác giả không đoạt giải; xóa theo yêu cầu." });

        Assert.Contains(listed.Requests, r => r.Id == filed.Id && r.Decision == "open");
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var view = await decided.ReadAs<PrivacyRequestView>();
        Assert.Equal(("granted", "Tác giả không đoạt giải; xóa theo yêu cầu."), (view.Decision, view.Reason));
        var entry = (await Store.FindAsync(entrant.Id, CancellationToken.None))!.Entry;
        Assert.Equal("", entry.Author.FullName);
        Assert.NotNull(entry.DeidentifiedAt);
        Assert.False(entry.InPlay);
        Assert.Equal(EntryStatus.Withdrawn, entry.Status);
        Assert.Equal(0, (await Store.GetTallyAsync(unit, CancellationToken.None)).ReceivedEntries);
        var blobs = new BlobServiceClient(stack.Azurite.ConnectionString).GetBlobContainerClient("entries");
        Assert.False((await blobs.GetBlobClient(entry.BlobName).ExistsAsync()).Value);
    }

    [Fact]
    public async Task A_decision_without_a_reason_is_refused_and_the_request_stays_open()
    {
        var organizer = await stack.SignInAsOrganizerAsync();
        var entrant = await EntrantClient.EnterAsync(stack, "h-ke-sach");
        var filed = (await After(TimeSpan.FromDays(31)).FileRequestAsync(entrant.Id, entrant.Code,
            new PrivacyRequestForm("correction", "Sửa năm sinh thành 1986."), Caller, CancellationToken.None)).Value!;

        var decided = await organizer.PostAsJsonAsync($"/api/organizer/privacy/requests/{filed.Id}/decision", new { decision = "refused", reason = "" });

        Assert.Equal(HttpStatusCode.BadRequest, decided.StatusCode);
        Assert.Equal("Vui lòng ghi lý do của quyết định.", (await decided.ReadProblem()).Errors["reason"].Single());
        var store = stack.Services.GetRequiredService<IPrivacyStore>();
        Assert.Equal(PrivacyRequestDecision.Open, (await store.FindRequestAsync(filed.Id, CancellationToken.None))!.Request.Decision);
    }
}
