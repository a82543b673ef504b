using System.Text.Json;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Reports;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Entries;
using ContestServerless.Functions.Reports;
using ContestServerless.Functions.Standing;
using ContestServerless.Functions.UnitPortal;

namespace ContestServerless.Tests.Units;

[Collection(StackCollection.Name)]
public sealed class UnitPortalTests(ContestStack stack) : SignedInOrganizerTests(stack)
{
    private static object Report(string reportedBy = "Trần Thị Đầu Mối", object? scan = null) => new
    {
        channels = new[] { "meetings", "website" },
        focalPointNamedOn = "01/01/2020",
        peopleReached = 250,
        entriesCollected = 4,
        difficulties = "Nhiều ấp chưa có Internet.",
        proposals = "Cho phép nộp bài viết tay.",
        reportedBy,
        scan,
    };

    /// <summary>Hands an entry in through the unit's link, then uploads and submits it like an entrant.</summary>
    private async Task<HttpResponseMessage> HandInAsync(HttpClient portal, string unitId, byte[] file)
    {
        var form = Entrant.HandedIn(Entrant.Form(unitId: unitId, size: file.Length, email: null));
        var created = await portal.PostAsJsonAsync("/api/unit/entries", form);
        if (!created.IsSuccessStatusCode) return created;
        var ticket = await created.ReadAs<UploadTicketView>();
        (await Entrant.UploadAsync(new Uri(ticket.UploadUrl), file)).EnsureSuccessStatusCode();
        Entrant.Remember(ticket.Id, ticket.SubmitKey);
        return await Entrant.SubmitAsync(ticket.Id);
    }

    /// <summary>A client on the unit's portal, with the unit's current personal link.</summary>
    private async Task<HttpClient> PortalAsync(string unitId) => TestUnits.Portal(Stack, await TestUnits.LinkTokenAsync(Organizer, unitId));

    /// <summary>Units <paramref name="a"/> and <paramref name="b"/>, and a received entry of B; answers its id.</summary>
    private async Task<string> TwoUnitsAndAnEntryOfTheSecondAsync(string a, string b)
    {
        await TestUnits.AddAsync(Organizer, a);
        await TestUnits.AddAsync(Organizer, b);
        return await Entrant.EnterAsync(b, "Bài của B");
    }

    [Fact]
    public async Task A_focal_point_sees_the_units_and_its_sub_units_entries_and_nothing_else()
    {
        await TestUnits.AddAsync(Organizer, "cong-a", group: "huyen");
        await TestUnits.AddAsync(Organizer, "cong-a-truong", parentId: "cong-a", group: "truong-hoc");
        await TestUnits.AddAsync(Organizer, "cong-b", group: "huyen");
        var own = await Entrant.EnterAsync("cong-a", "Bài của đơn vị A");
        var school = await Entrant.EnterAsync("cong-a-truong", "Bài của trường thuộc A");
        var other = await Entrant.EnterAsync("cong-b", "Bài của đơn vị B");
        using var portal = await PortalAsync("cong-a");

        var json = await portal.GetStringAsync("/api/unit");
        var page = JsonSerializer.Deserialize<PortalView>(json, ResponseJson.Web)!;

        Assert.Equal("cong-a", page.Unit.Id);
        Assert.Equal(new[] { own, school }.Order(), page.Entries.Select(e => e.Id).Order());
        // Nowhere on the wire, not just absent from the list.
        Assert.DoesNotContain(other, json);
        Assert.Equal((1, 2), (page.OwnReceived, page.ReceivedWithSubUnits));
    }

    [Fact]
    public async Task A_units_link_cannot_screen_hand_in_for_or_report_for_another_unit()
    {
        var entryOfB = await TwoUnitsAndAnEntryOfTheSecondAsync("rieng-a", "rieng-b");
        using var portalA = await PortalAsync("rieng-a");
        using var portalB = await PortalAsync("rieng-b");

        var screening = await portalA.PostAsJsonAsync($"/api/unit/entries/{entryOfB}/screening", new { decision = "hold", reason = "Không đúng chủ đề" });
        var handIn = await portalA.PostAsJsonAsync("/api/unit/entries", Entrant.HandedIn(Entrant.Form(unitId: "rieng-b")));
        (await portalA.PostAsJsonAsync("/api/unit/reports", Report(reportedBy: "Người của A"))).EnsureSuccessStatusCode();
        var pageOfB = (await portalB.GetFromJsonAsync<PortalView>("/api/unit"))!;

        Assert.Equal(HttpStatusCode.NotFound, screening.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, handIn.StatusCode);
        Assert.Contains("unitId", (await handIn.ReadProblem()).Errors.Keys);
        Assert.Empty(pageOfB.Reports);
        Assert.Equal(Screening.None, (await Stack.Services.GetRequiredService<IEntryStore>().FindAsync(entryOfB, CancellationToken.None))!.Entry.Screening);
    }

    [Theory]
    [InlineData("", "Đường dẫn không hợp lệ")]
    [InlineData("so-noi-vu~1~9999999999~AAAA", "Đường dẫn không hợp lệ")]
    public async Task A_missing_or_forged_link_gets_401_in_Vietnamese(string token, string title)
    {
        using var portal = TestUnits.Portal(Stack, token);

        foreach (var response in new[]
        {
            await portal.GetAsync("/api/unit"),
            await portal.PostAsJsonAsync("/api/unit/reports", Report()),
            await portal.PostAsJsonAsync("/api/unit/entries", Entrant.Form()),
            await portal.PostAsJsonAsync("/api/unit/entries/ZZZZZZZZZZ/screening", new { decision = "forward" }),
        })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal(title, (await response.ReadProblem()).Title);
        }
    }

    [Fact]
    public async Task A_tampered_link_naming_another_unit_gets_401()
    {
        var token = await TestUnits.LinkTokenAsync(Organizer, "so-noi-vu");
        using var portal = TestUnits.Portal(Stack, "so-tu-phap" + token["so-noi-vu".Length..]);

        Assert.Equal(HttpStatusCode.Unauthorized, (await portal.GetAsync("/api/unit")).StatusCode);
    }

    [Fact]
    public async Task Rotating_a_link_revokes_the_old_one_and_the_new_one_works()
    {
        await TestUnits.AddAsync(Organizer, "doi-link");
        var old = await TestUnits.LinkTokenAsync(Organizer, "doi-link");

        var fresh = await TestUnits.LinkTokenAsync(Organizer, "doi-link", rotate: true);

        using var oldPortal = TestUnits.Portal(Stack, old);
        using var newPortal = TestUnits.Portal(Stack, fresh);
        var refused = await oldPortal.GetAsync("/api/unit");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("Đường dẫn đã được thay mới", (await refused.ReadProblem()).Title);
        Assert.Equal(HttpStatusCode.OK, (await newPortal.GetAsync("/api/unit")).StatusCode);
    }

    [Fact]
    public async Task An_expired_link_gets_401_saying_so()
    {
        await TestUnits.AddAsync(Organizer, "het-han");
        var token = await TestUnits.LinkTokenAsync(Organizer, "het-han");
        var later = new FakeTimeProvider(Stack.Services.GetRequiredService<UnitLinks>().ExpiresAt.AddMinutes(1));
        var links = ActivatorUtilities.CreateInstance<UnitLinks>(Stack.Services, later);
        var access = ActivatorUtilities.CreateInstance<UnitAccess>(Stack.Services, links);

        var opened = await access.OpenAsync(token, CancellationToken.None);

        Assert.Equal("Đường dẫn đã hết hạn", opened.Problem!.Title);
    }

    [Fact]
    public async Task A_paper_entry_handed_in_by_the_unit_is_marked_and_counted_on_the_dashboard()
    {
        await TestUnits.AddAsync(Organizer, "nop-giay");
        using var portal = await PortalAsync("nop-giay");

        var submitted = await HandInAsync(portal, "nop-giay", TestFiles.Pdf());

        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
        var id = (await submitted.ReadAs<ReceiptView>()).Id;
        var entry = (await Organizer.GetFromJsonAsync<EntryDetailsView>($"/api/organizer/entries/{id}"))!;
        Assert.Equal("nop-giay", entry.HandedInBy);
        var page = (await portal.GetFromJsonAsync<PortalView>("/api/unit"))!;
        Assert.True(page.Entries[0].HandedIn);
        await Stack.CatalogueCaughtUpAsync();
        var row = (await Organizer.GetFromJsonAsync<StandingView>("/api/organizer/standing"))!.Groups
            .SelectMany(g => g.Units).Single(u => u.Id == "nop-giay");
        Assert.Equal((1, 1), (row.Entries, row.HandedIn));
    }

    [Fact]
    public async Task A_hand_in_records_the_authors_consent_as_given_on_paper_received_by_the_unit_with_who_keeps_it()
    {
        await TestUnits.AddAsync(Organizer, "nop-phieu");
        using var portal = await PortalAsync("nop-phieu");
        // Neither the author's declaration nor the author's consent box: the officer does not tick them for the author.
        var form = Entrant.HandedIn(Entrant.Form(unitId: "nop-phieu"), keptBy: "  Trần Văn Lưu, Văn phòng  ");

        var created = await portal.PostAsJsonAsync("/api/unit/entries", form);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadAs<UploadTicketView>()).Id;
        var entry = (await Organizer.GetFromJsonAsync<EntryDetailsView>($"/api/organizer/entries/{id}"))!;
        Assert.Equal(new ContestServerless.Functions.Privacy.PaperConsentView("Đơn vị thử nop-phieu", "Trần Văn Lưu, Văn phòng"), entry.Consent!.OnPaper);
        Assert.Equal(TimeSpan.FromHours(7), entry.Consent.At.Offset);
        Assert.False(string.IsNullOrEmpty(entry.Consent.NoticeVersion));
    }

    [Fact]
    public async Task A_hand_in_without_the_focal_points_declaration_is_refused_field_by_field_in_Vietnamese_and_nothing_is_stored()
    {
        await TestUnits.AddAsync(Organizer, "nop-thieu");
        using var portal = await PortalAsync("nop-thieu");
        // Ticking the author's boxes does not stand in for the officer's declaration.
        var form = Entrant.Form(unitId: "nop-thieu");
        var halfDeclared = Entrant.HandedIn(Entrant.Form(unitId: "nop-thieu"), keptBy: " ");
        halfDeclared["handIn"]!["consentReceived"] = false;

        var missing = await portal.PostAsJsonAsync("/api/unit/entries", form);
        var half = await portal.PostAsJsonAsync("/api/unit/entries", halfDeclared);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        var errors = (await missing.ReadProblem()).Errors;
        Assert.Equal(["handIn.consentReceived", "handIn.formReceived", "handIn.keptBy"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("Vui lòng xác nhận đơn vị đã nhận phiếu dự thi có chữ ký của tác giả", errors["handIn.formReceived"][0]);
        Assert.Contains("đồng ý cho xử lý dữ liệu cá nhân", errors["handIn.consentReceived"][0]);
        Assert.StartsWith("Vui lòng nhập họ tên người hoặc bộ phận lưu giữ", errors["handIn.keptBy"][0]);
        Assert.Equal(["handIn.consentReceived", "handIn.keptBy"], (await half.ReadProblem()).Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Empty((await portal.GetFromJsonAsync<PortalView>("/api/unit"))!.Entries);
    }

    [Fact]
    public async Task A_focal_point_opens_the_file_of_its_units_entry_through_a_short_link_and_the_audit_trail_names_the_unit()
    {
        await TestUnits.AddAsync(Organizer, "mo-tep");
        await TestUnits.AddAsync(Organizer, "mo-tep-truong", parentId: "mo-tep");
        var pdf = TestFiles.Pdf(padding: 120);
        var id = await Entrant.EnterAsync("mo-tep-truong", "Bài của trường trực thuộc", pdf);
        using var portal = await PortalAsync("mo-tep");

        var response = await portal.GetAsync($"/api/unit/entries/{id}/file");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = await response.ReadAs<FileLinkView>();
        using var download = await new HttpClient().GetAsync(link.Url);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Contains("Bài của trường trực thuộc", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.InRange(link.ExpiresAt - DateTimeOffset.Now, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10));
        var records = (await Organizer.GetFromJsonAsync<ContestServerless.Functions.Audit.AuditPageView>("/api/organizer/audit"))!.Records;
        var record = records.First(r => r.Target == id);
        Assert.Equal(("entry-downloaded", "Cán bộ đầu mối – Đơn vị thử mo-tep"), (record.Action, record.User));
    }

    [Fact]
    public async Task Another_units_entry_file_answers_exactly_like_a_missing_one_and_leaves_no_trace()
    {
        var entryOfB = await TwoUnitsAndAnEntryOfTheSecondAsync("tep-a", "tep-b");
        using var portalA = await PortalAsync("tep-a");
        using var noLink = TestUnits.Portal(Stack, "");

        var other = await portalA.GetAsync($"/api/unit/entries/{entryOfB}/file");
        var missing = await portalA.GetAsync("/api/unit/entries/ZZZZZZZZZZ/file");
        var anonymous = await noLink.GetAsync($"/api/unit/entries/{entryOfB}/file");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await other.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var records = (await Organizer.GetFromJsonAsync<ContestServerless.Functions.Audit.AuditPageView>("/api/organizer/audit"))!.Records;
        Assert.DoesNotContain(records, r => r.Target == entryOfB);
    }

    [Fact]
    public async Task A_hand_in_is_checked_like_the_public_form()
    {
        await TestUnits.AddAsync(Organizer, "nop-sai");
        using var portal = await PortalAsync("nop-sai");

        var submitted = await HandInAsync(portal, "nop-sai", TestFiles.Zip(("a.txt", "không phải PDF")));

        Assert.Equal(HttpStatusCode.BadRequest, submitted.StatusCode);
    }

    [Fact]
    public async Task Screening_forwards_or_holds_back_with_a_reason_and_the_dashboard_counts_both()
    {
        await TestUnits.AddAsync(Organizer, "so-loai");
        var first = await Entrant.EnterAsync("so-loai", "Bài thứ nhất");
        var second = await Entrant.EnterAsync("so-loai", "Bài thứ hai");
        using var portal = await PortalAsync("so-loai");

        var noReason = await portal.PostAsJsonAsync($"/api/unit/entries/{second}/screening", new { decision = "hold" });
        var badDecision = await portal.PostAsJsonAsync($"/api/unit/entries/{second}/screening", new { decision = "delete" });
        (await portal.PostAsJsonAsync($"/api/unit/entries/{first}/screening", new { decision = "forward" })).EnsureSuccessStatusCode();
        (await portal.PostAsJsonAsync($"/api/unit/entries/{second}/screening", new { decision = "forward" })).EnsureSuccessStatusCode();
        (await portal.PostAsJsonAsync($"/api/unit/entries/{second}/screening", new { decision = "hold", reason = "Trùng với bài đã gửi năm trước" })).EnsureSuccessStatusCode();

        Assert.Contains("reason", (await noReason.ReadProblem()).Errors.Keys);
        Assert.Contains("decision", (await badDecision.ReadProblem()).Errors.Keys);
        await Stack.CatalogueCaughtUpAsync();
        var row = (await Organizer.GetFromJsonAsync<StandingView>("/api/organizer/standing"))!.Groups
            .SelectMany(g => g.Units).Single(u => u.Id == "so-loai");
        Assert.Equal((1, 1), (row.Forwarded, row.HeldBack));
        var held = (await Organizer.GetFromJsonAsync<EntryDetailsView>($"/api/organizer/entries/{second}"))!;
        Assert.Equal(("heldBack", "Trùng với bài đã gửi năm trước"), (held.Screening, held.ScreeningReason));
    }

    [Fact]
    public async Task Screening_after_the_deadline_is_refused()
    {
        await TestUnits.AddAsync(Organizer, "so-loai-muon");
        var id = await Entrant.EnterAsync("so-loai-muon", "Bài gửi kịp");
        var token = await TestUnits.LinkTokenAsync(Organizer, "so-loai-muon");
        var contest = Stack.Services.GetRequiredService<ContestServerless.Domain.Contest.ContestOptions>();
        var portal = ActivatorUtilities.CreateInstance<EntryScreeningService>(Stack.Services, (TimeProvider)new FakeTimeProvider(contest.SubmissionClosesAt));

        var screened = await portal.ScreenAsync(token, id, "forward", null, CancellationToken.None);

        Assert.Equal("Đã hết hạn sơ loại bài", screened.Problem!.Title);
    }

    [Fact]
    public async Task Every_version_of_the_quick_report_is_kept_and_one_after_the_due_date_is_marked_late()
    {
        await TestUnits.AddAsync(Organizer, "bao-cao");
        var token = await TestUnits.LinkTokenAsync(Organizer, "bao-cao");
        using var portal = TestUnits.Portal(Stack, token);
        var contest = Stack.Services.GetRequiredService<ContestServerless.Domain.Contest.ContestOptions>();
        var afterDue = ActivatorUtilities.CreateInstance<QuickReportFilingService>(Stack.Services, (TimeProvider)new FakeTimeProvider(contest.QuickReportDueAt.AddHours(1)));

        var first = await portal.PostAsJsonAsync("/api/unit/reports", Report());
        var second = await afterDue.FileReportAsync(token,
            new QuickReportRequest(["notices"], null, "02/01/2020", 300, 5, "", "Đề xuất mới", "Trần Thị Đầu Mối", null), CancellationToken.None);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.False((await first.ReadAs<FiledReportView>()).Report.Late);
        Assert.True(second.Value!.Report.Late);
        var versions = (await portal.GetFromJsonAsync<PortalView>("/api/unit"))!.Reports;
        Assert.Equal([2, 1], versions.Select(v => v.Version));
        Assert.Equal("Nhiều ấp chưa có Internet.", versions[1].Difficulties);
        var row = (await Organizer.GetFromJsonAsync<List<UnitReportView>>("/api/organizer/reports"))!.Single(r => r.UnitId == "bao-cao");
        Assert.Equal(("filed", 2, "Đề xuất mới"), (row.Status, row.Versions, row.Latest!.Proposals));
    }

    [Fact]
    public async Task A_bad_quick_report_is_refused_field_by_field_and_nothing_is_stored()
    {
        await TestUnits.AddAsync(Organizer, "bao-cao-sai");
        using var portal = await PortalAsync("bao-cao-sai");

        var response = await portal.PostAsJsonAsync("/api/unit/reports", new { channels = Array.Empty<string>(), peopleReached = -5, reportedBy = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadProblem()).Errors;
        Assert.Equal(["channels", "entriesCollected", "focalPointNamedOn", "peopleReached", "reportedBy"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Empty((await portal.GetFromJsonAsync<PortalView>("/api/unit"))!.Reports);
    }

    [Fact]
    public async Task A_signed_scan_is_uploaded_checked_and_downloaded_by_organizers()
    {
        await TestUnits.AddAsync(Organizer, "ban-scan");
        using var portal = await PortalAsync("ban-scan");
        var pdf = TestFiles.Pdf(padding: 300);

        var filed = await (await portal.PostAsJsonAsync("/api/unit/reports", Report(scan: new { name = "bao-cao.pdf", size = pdf.Length }))).ReadAs<FiledReportView>();
        var zip = await Entrant.UploadAsync(new Uri(filed.ScanUploadUrl!), pdf);
        var attached = await portal.PostAsync("/api/unit/reports/1/scan", null);
        var download = await Organizer.GetAsync("/api/organizer/reports/ban-scan/1/scan");

        Assert.Equal(HttpStatusCode.Created, zip.StatusCode);
        Assert.Equal(HttpStatusCode.OK, attached.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, download.StatusCode);
        Assert.Equal(pdf, await new HttpClient().GetByteArrayAsync(download.Headers.Location!));
    }

    [Fact]
    public async Task A_scan_that_is_not_a_pdf_is_refused_and_discarded()
    {
        await TestUnits.AddAsync(Organizer, "scan-sai");
        using var portal = await PortalAsync("scan-sai");
        var zip = TestFiles.Zip(("a.txt", "x"));
        var filed = await (await portal.PostAsJsonAsync("/api/unit/reports", Report(scan: new { name = "bao-cao.pdf", size = zip.Length }))).ReadAs<FiledReportView>();
        await Entrant.UploadAsync(new Uri(filed.ScanUploadUrl!), zip);

        var attached = await portal.PostAsync("/api/unit/reports/1/scan", null);

        Assert.Equal(HttpStatusCode.BadRequest, attached.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Organizer.GetAsync("/api/organizer/reports/scan-sai/1/scan")).StatusCode);
    }
}
