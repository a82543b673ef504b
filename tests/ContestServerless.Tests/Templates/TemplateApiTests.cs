using System.Net;
using System.Net.Http.Headers;
using ContestServerless.Functions.Templates;

namespace ContestServerless.Tests.Templates;

/// <summary>
/// Organizers read, save, preview and reset a contest's templates over the API. The tests work in a contest of their
/// own, so a saved wording never reaches another test's e-mails.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class TemplateApiTests(ContestStack stack) : IAsyncLifetime
{
    private const string ContestId = "mau-thu-api";
    private HttpClient _organizer = null!;

    public async Task InitializeAsync()
    {
        if (!stack.Services.GetRequiredService<Domain.Contest.ContestDirectory>().All.Any(c => c.Id == ContestId))
            await TestContests.AddAsync(stack, ContestId, "Cuộc thi thử mẫu thư");
        _organizer = ContestClients.In(await stack.SignInAsOrganizerAsync(), ContestId);
    }

    public Task DisposeAsync()
    {
        _organizer.Dispose();
        return Task.CompletedTask;
    }

    private async Task<(TemplateView View, string ETag)> GetAsync(string kind)
    {
        var response = await _organizer.GetAsync($"/api/organizer/templates/{kind}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadAs<TemplateView>(), response.Headers.ETag!.ToString());
    }

    private Task<HttpResponseMessage> PutAsync(string kind, object body, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/organizer/templates/{kind}") { Content = JsonContent.Create(body) };
        if (etag is not null) request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        return _organizer.SendAsync(request);
    }

    [Fact]
    public async Task A_kind_never_saved_answers_todays_text_with_its_placeholders()
    {
        var (view, etag) = await GetAsync("extension");

        Assert.True(view.IsDefault);
        Assert.Equal("Thông báo gia hạn nhận bài dự thi đến {{han_nop}}", view.Subject);
        Assert.Equal(view.DefaultBody, view.Body);
        Assert.Contains(view.Placeholders, p => p.Name == "ten_don_vi" && p.Meaning.Length > 0);
        Assert.Equal(view.Version, etag);
    }

    [Fact]
    public async Task An_unknown_placeholder_is_refused_with_400_naming_it_and_nothing_is_saved()
    {
        var (_, etag) = await GetAsync("reminder");

        var response = await PutAsync("reminder", new { subject = "Nhắc {{ten_don_vi}}", body = "Kính gửi {{ten_dn_vi}}, hạn {{han_nop}}" }, etag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("{{ten_dn_vi}}", Assert.Single((await response.ReadProblem()).Errors["body"]));
        Assert.True((await GetAsync("reminder")).View.IsDefault);
    }

    [Fact]
    public async Task An_unclosed_brace_pair_is_refused_with_400()
    {
        var (_, etag) = await GetAsync("reminder");

        var response = await PutAsync("reminder", new { subject = "Nhắc {{ten_don_vi", body = "Kính gửi" }, etag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("chưa được đóng", Assert.Single((await response.ReadProblem()).Errors["subject"]));
    }

    [Fact]
    public async Task A_save_without_the_version_read_is_refused_with_428_and_a_stale_one_with_412()
    {
        var good = new { subject = "Nhắc chấm bài {{vong_cham}}", body = "Kính gửi {{ten_giam_khao}}," };
        var (_, etag) = await GetAsync("judge-reminder");

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await PutAsync("judge-reminder", good, null)).StatusCode);
        // {{nguoi_nhan}} is a field of the letters to units, not of a judge's reminder.
        Assert.Equal(HttpStatusCode.BadRequest, (await PutAsync("judge-reminder", new { subject = "Nhắc", body = "Kính gửi {{nguoi_nhan}}," }, etag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync("judge-reminder", good, etag)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await PutAsync("judge-reminder", good, etag)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await _organizer.DeleteAsync("/api/organizer/templates/judge-reminder")).StatusCode);
    }

    [Fact]
    public async Task A_saved_template_is_read_back_and_a_reset_brings_the_default_back()
    {
        var (_, etag) = await GetAsync("results-unit");

        var saved = await PutAsync("results-unit", new { subject = "Kết quả của {{ten_don_vi}}", body = "Kính gửi {{ten_don_vi}},\r\n\r\nCó {{so_bai_dat_giai}} bài đạt giải." }, etag);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var (view, newEtag) = await GetAsync("results-unit");
        Assert.False(view.IsDefault);
        Assert.Equal("Kính gửi {{ten_don_vi}},\n\nCó {{so_bai_dat_giai}} bài đạt giải.", view.Body);
        Assert.NotEqual(etag, newEtag);
        Assert.NotNull(view.SavedBy);

        var reset = await (await _organizer.DeleteAsync("/api/organizer/templates/results-unit")).ReadAs<TemplateView>();
        Assert.True(reset.IsDefault);
        Assert.Equal(reset.DefaultSubject, (await GetAsync("results-unit")).View.Subject);
    }

    [Fact]
    public async Task The_preview_fills_the_template_with_a_real_units_data_and_escapes_it()
    {
        var unitId = await TestUnits.AddAsync(_organizer, "mau-thu-xem-truoc");

        var response = await _organizer.PostAsJsonAsync("/api/organizer/templates/extension/preview", new
        {
            subject = "Gia hạn cho {{ten_don_vi}}",
            body = "<b>Kính gửi</b> {{nguoi_nhan}},\n\nHạn mới: {{han_nop}}",
            unitId,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.ReadAs<TemplatePreviewView>();
        Assert.Equal($"Gia hạn cho Đơn vị thử {unitId}", preview.Subject);
        Assert.StartsWith($"<b>Kính gửi</b> Trần Thị Đầu Mối, cán bộ đầu mối của Đơn vị thử {unitId},", preview.PlainText);
        Assert.StartsWith($"<p>&lt;b&gt;{System.Net.WebUtility.HtmlEncode("Kính gửi")}&lt;/b&gt;", preview.Html);
        Assert.Contains(unitId, preview.About);
    }

    [Fact]
    public async Task The_preview_of_a_receipt_takes_a_real_entrys_data()
    {
        await TestUnits.AddAsync(_organizer, "so-noi-vu");
        var entryId = await new Entrant(ContestClients.In(stack.Http, ContestId)).EnterAsync("so-noi-vu", "Ngọn đèn trên đảo");

        var preview = await (await _organizer.PostAsJsonAsync("/api/organizer/templates/receipt/preview", new
        {
            subject = "Biên nhận {{ma_bien_nhan}}",
            body = "Bài “{{ten_tac_pham}}” ({{ma_bai}})",
            entryId,
        })).ReadAs<TemplatePreviewView>();

        Assert.Equal($"Bài “Ngọn đèn trên đảo” ({entryId})", preview.PlainText);
    }

    [Fact]
    public async Task A_kind_that_does_not_exist_answers_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _organizer.GetAsync("/api/organizer/templates/khong-co")).StatusCode);
    }
}
