using ContestServerless.Domain.Contest;
using Microsoft.Extensions.DependencyInjection;
using System.Reflection;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Judging;

namespace ContestServerless.Tests.Judging;

/// <summary>
/// Every free-text field a person types refuses what the entry form refuses, on every kind of route: a judge's
/// comment and recusal, the organizers' reasons and names, a unit's screening and quick report. The last test lists
/// every string field of every request and fails on one nobody decided about, so a new field cannot skip the check.
/// </summary>
public sealed class FreeTextRouteTests(JudgingStack judging) : IClassFixture<JudgingStack>
{
    private const string Invalid = "chứa ký tự không hợp lệ.";

    /// <summary>A right-to-left override, which makes "gpj.exe" read "exe.jpg", inside ordinary Vietnamese.</summary>
    private const string Reversed = "Bài viết trùng ý\u202E với bài khác";

    private sealed record Case(Type Request, string Property, HttpMethod Method, string Path, string Field, Func<string, object> Body);

    private static readonly string Later = DateTimeOffset.UtcNow.AddDays(60).ToString("O");

    /// <summary>Organizer routes; "{round}" is the stack's round, "{contest}" its contest. Ids that do not exist are fine: text is checked first.</summary>
    private static readonly Dictionary<string, Case> Organizer = new[]
    {
        new Case(typeof(UnlockRequest), "Reason", HttpMethod.Post, "organizer/rounds/{round}/unlock", "reason",
            bad => new { entryId = "KHONGCO", judge = JudgingStack.JudgeA, reason = bad }),
        new Case(typeof(ConflictRequest), "Reason", HttpMethod.Post, "organizer/rounds/{round}/conflicts", "reason",
            bad => new { entryId = "KHONGCO", judge = JudgingStack.JudgeA, reason = bad }),
        new Case(typeof(CopyDecisionRequest), "Reason", HttpMethod.Post, "organizer/rounds/{round}/entries/KHONGCO/decision", "reason",
            bad => new { decision = "exclude", reason = bad }),
        new Case(typeof(Domain.Judging.CriterionRequest), "Label", HttpMethod.Put, "organizer/rounds/{round}/rubric", "rubric[0].label",
            bad => new { criteria = new[] { new { id = "c1", label = bad, description = "", max = 10, step = 1 } } }),
        new Case(typeof(Domain.Judging.CriterionRequest), "Description", HttpMethod.Put, "organizer/rounds/{round}/rubric", "rubric[0].description",
            bad => new { criteria = new[] { new { id = "c1", label = "Nội dung", description = bad, max = 10, step = 1 } } }),
        new Case(typeof(Domain.Judging.RoundRequest), "Name", HttpMethod.Post, "organizer/rounds", "name",
            bad => new { name = bad, judges = new[] { JudgingStack.JudgeA } }),
        new Case(typeof(Domain.Duplicates.DuplicateRequest), "Reason", HttpMethod.Post, "organizer/entries/KHONGCO/duplicate", "reason",
            bad => new { copyOf = "KHAC", reason = bad }),
        new Case(typeof(Domain.Duplicates.DistinctRequest), "Reason", HttpMethod.Post, "organizer/entries/KHONGCO/distinct", "reason",
            bad => new { distinctFrom = "KHAC", reason = bad }),
        new Case(typeof(Domain.Entries.EligibilityRequest), "Reason", HttpMethod.Post, "organizer/entries/KHONGCO/eligibility", "reason",
            bad => new { decision = "exclude", reason = bad }),
        new Case(typeof(Domain.Privacy.PrivacyRequestDecisionForm), "Reason", HttpMethod.Post, "organizer/privacy/requests/KHONGCO/decision", "reason",
            bad => new { decision = "refused", reason = bad }),
        new Case(typeof(Domain.Results.SwapRequest), "Reason", HttpMethod.Post, "organizer/results/swaps", "reason",
            bad => new { entryA = "A", entryB = "B", reason = bad }),
        new Case(typeof(Domain.Results.DisqualifyRequest), "Reason", HttpMethod.Post, "organizer/results/disqualifications", "reason",
            bad => new { entryId = "A", reason = bad }),
        new Case(typeof(Domain.Results.TieRequest), "Note", HttpMethod.Post, "organizer/results/ties", "note",
            bad => new { key = "khong-co", method = "vote", chosen = Array.Empty<string>(), note = bad }),
        new Case(typeof(Functions.Results.UnlockResultsRequest), "Reason", HttpMethod.Post, "organizer/results/unlock", "reason",
            bad => new { reason = bad }),
        new Case(typeof(Functions.Results.ApproveRequest), "Reason", HttpMethod.Post, "organizer/results/approve", "reason",
            bad => new { reason = bad }),
        new Case(typeof(Functions.Results.PublishRequest), "Reason", HttpMethod.Post, "organizer/results/publish", "reason",
            bad => new { at = "", reason = bad }),
        new Case(typeof(Domain.Results.PrizeTierRequest), "Name", HttpMethod.Put, "organizer/results/settings", "tiers[0].name",
            bad => new { tiers = new[] { new { name = bad, quota = 1 } } }),
        new Case(typeof(Domain.Results.CertificateRequest), "Number", HttpMethod.Get, "organizer/results/certificates?date=20/12/2018&number=", "number",
            bad => bad),
        new Case(typeof(Domain.Judging.RoundScheduleRequest), "Reason", HttpMethod.Post, "organizer/rounds/khong-co/schedule", "reason",
            bad => new { closesAt = "20/12/2030 10:00", reason = bad }),
        new Case(typeof(Domain.Archive.ArchivePackageRequest), "Number", HttpMethod.Post, "organizer/contests/{contest}/archive-package", "number",
            bad => new { number = bad, date = "20/12/2018" }),
        new Case(typeof(Domain.Staff.StaffRequest), "Name", HttpMethod.Post, "organizer/staff", "name",
            bad => new { email = "ky-tu-la@example.org", name = bad, roles = new[] { StaffRoles.Judge } }),
        new Case(typeof(Domain.Units.UnitRequest), "Name", HttpMethod.Post, "organizer/units", "name",
            bad => new { id = "ky-tu-la", name = bad, group = "so-ban-nganh" }),
        new Case(typeof(Domain.Units.FocalPointRequest), "Name", HttpMethod.Post, "organizer/units", "focalPoints[0].name",
            bad => new { id = "ky-tu-la", name = "Đơn vị", group = "so-ban-nganh", focalPoints = new[] { new { name = bad, position = "Chánh Văn phòng", email = "dm@example.org", phone = "0299 3822 111" } } }),
        new Case(typeof(Domain.Units.FocalPointRequest), "Position", HttpMethod.Post, "organizer/units", "focalPoints[0].position",
            bad => new { id = "ky-tu-la", name = "Đơn vị", group = "so-ban-nganh", focalPoints = new[] { new { name = "Trần Thị Mai", position = bad, email = "dm@example.org", phone = "0299 3822 111" } } }),
        new Case(typeof(Domain.Units.FocalPointRequest), "Phone", HttpMethod.Post, "organizer/units", "focalPoints[0].phone",
            bad => new { id = "ky-tu-la", name = "Đơn vị", group = "so-ban-nganh", focalPoints = new[] { new { name = "Trần Thị Mai", position = "Chánh Văn phòng", email = "dm@example.org", phone = bad } } }),
        new Case(typeof(Domain.Entries.LateLinkRequest), "PersonName", HttpMethod.Post, "organizer/late-links", "personName",
            bad => new { personName = bad, expiresAt = Later }),
        new Case(typeof(Domain.Contest.ContestSettingsRequest), "Name", HttpMethod.Put, "organizer/contests/{contest}", "name",
            bad => new { name = bad }),
        new Case(typeof(Domain.Contest.ContestSettingsRequest), "Organizer", HttpMethod.Put, "organizer/contests/{contest}", "organizer",
            bad => new { organizer = bad }),
        new Case(typeof(Domain.Contest.ContestSettingsRequest), "Description", HttpMethod.Put, "organizer/contests/{contest}", "description",
            bad => new { description = bad }),
        new Case(typeof(Domain.Contest.ContestSettingsRequest), "Authority", HttpMethod.Put, "organizer/contests/{contest}", "authority",
            bad => new { authority = bad }),
        new Case(typeof(Domain.Contest.ContestSettingsRequest), "Area", HttpMethod.Put, "organizer/contests/{contest}", "area",
            bad => new { area = bad }),
        new Case(typeof(Domain.Contest.ContestSettingsRequest), "Contact", HttpMethod.Put, "organizer/contests/{contest}", "contact",
            bad => new { contact = bad }),
        new Case(typeof(Domain.Contest.NamedItemRequest), "Name", HttpMethod.Put, "organizer/contests/{contest}", "movements[0].name",
            bad => new { movements = new[] { new { id = "giam-ngheo", name = bad } } }),
        new Case(typeof(Domain.Contest.ContestDocumentRequest), "Number", HttpMethod.Put, "organizer/contests/{contest}", "documents[0].number",
            bad => new { documents = new[] { new { number = bad } } }),
        new Case(typeof(Domain.Contest.ContestDocumentRequest), "Title", HttpMethod.Put, "organizer/contests/{contest}", "documents[0].title",
            bad => new { documents = new[] { new { title = bad } } }),
        new Case(typeof(Domain.Contest.ContestDocumentRequest), "Url", HttpMethod.Put, "organizer/contests/{contest}", "documents[0].url",
            bad => new { documents = new[] { new { url = bad } } }),
        new Case(typeof(Domain.Contest.ContestDocumentRequest), "Citation", HttpMethod.Put, "organizer/contests/{contest}", "documents[0].citation",
            bad => new { documents = new[] { new { citation = bad } } }),
        new Case(typeof(Domain.Contest.PapersRequest), "Place", HttpMethod.Put, "organizer/contests/{contest}", "papers.place",
            bad => new { papers = new { place = bad } }),
        new Case(typeof(Domain.Contest.PapersRequest), "Locality", HttpMethod.Put, "organizer/contests/{contest}", "papers.locality",
            bad => new { papers = new { locality = bad } }),
        new Case(typeof(Domain.Contest.PapersRequest), "JuryChair", HttpMethod.Put, "organizer/contests/{contest}", "papers.juryChair",
            bad => new { papers = new { juryChair = bad } }),
        new Case(typeof(Domain.Contest.PapersRequest), "JurySecretary", HttpMethod.Put, "organizer/contests/{contest}", "papers.jurySecretary",
            bad => new { papers = new { jurySecretary = bad } }),
        new Case(typeof(Domain.Contest.PapersRequest), "SignerTitle", HttpMethod.Put, "organizer/contests/{contest}", "papers.signerTitle",
            bad => new { papers = new { signerTitle = bad } }),
        new Case(typeof(Domain.Contest.PapersRequest), "SignerName", HttpMethod.Put, "organizer/contests/{contest}", "papers.signerName",
            bad => new { papers = new { signerName = bad } }),
        new Case(typeof(Domain.Contest.PersonalDataRequest), "NoticeVersion", HttpMethod.Put, "organizer/contests/{contest}", "privacy.noticeVersion",
            bad => new { privacy = new { noticeVersion = bad, guardianAge = 16, retentionMonths = 12 } }),
        new Case(typeof(Domain.Contest.ContestCreationRequest), "Name", HttpMethod.Post, "organizer/contests", "name",
            bad => new { id = "ky-tu-la-2030", name = bad }),
        new Case(typeof(Domain.Contest.ContestExtensionRequest), "Reason", HttpMethod.Post, "organizer/contests/{contest}/extension", "reason",
            bad => new { closesAt = Later, reason = bad, notice = "Thông báo gia hạn" }),
        new Case(typeof(Domain.Contest.ContestExtensionRequest), "Notice", HttpMethod.Post, "organizer/contests/{contest}/extension", "notice",
            bad => new { closesAt = Later, notice = bad, reason = "Còn ít bài" }),
    }.ToDictionary(c => $"{c.Request.Name}.{c.Property}");

    /// <summary>The unit portal's fields, sent with the unit's link.</summary>
    private static readonly Dictionary<string, Case> Portal = new[]
    {
        new Case(typeof(Functions.UnitPortal.ScreeningRequest), "Reason", HttpMethod.Post, "unit/entries/KHONGCO/screening", "reason",
            bad => new { decision = "hold", reason = bad }),
        new Case(typeof(Domain.Reports.QuickReportRequest), "OtherChannel", HttpMethod.Post, "unit/reports", "otherChannel", bad => Report(otherChannel: bad)),
        new Case(typeof(Domain.Reports.QuickReportRequest), "Difficulties", HttpMethod.Post, "unit/reports", "difficulties", bad => Report(difficulties: bad)),
        new Case(typeof(Domain.Reports.QuickReportRequest), "Proposals", HttpMethod.Post, "unit/reports", "proposals", bad => Report(proposals: bad)),
        new Case(typeof(Domain.Reports.QuickReportRequest), "ReportedBy", HttpMethod.Post, "unit/reports", "reportedBy", bad => Report(reportedBy: bad)),
    }.ToDictionary(c => $"{c.Request.Name}.{c.Property}");

    private static object Report(string otherChannel = "Loa truyền thanh", string difficulties = "", string proposals = "", string reportedBy = "Trần Thị Mai") => new
    {
        channels = new[] { "other" }, otherChannel, focalPointNamedOn = "05/04/2018", peopleReached = 10, entriesCollected = 1,
        difficulties, proposals, reportedBy,
    };

    /// <summary>The judge's own fields, checked in the tests below by hand.</summary>
    private static readonly string[] Judge = [$"{nameof(ScoreRequest)}.Comment", $"{nameof(RecusalRequest)}.Reason"];

    /// <summary>
    /// Free text whose check other tests prove: the entry form's and the entrant page's (EntryValidatorTests,
    /// PrivacyRequestTests, PublicationConsentTests), and the e-mail templates' and broadcasts' subject and body (MailTemplateCheckTests: both go
    /// through MailTemplate.Check).
    /// </summary>
    private static readonly string[] ProvedElsewhere =
    [
        "EntryRequest.Title", "HandInDeclarationRequest.KeptBy", "AuthorRequest.FullName", "AuthorRequest.Occupation", "AuthorRequest.Workplace", "AuthorRequest.Address",
        "AuthorRequest.Phone", "SubjectRequest.Name", "SubjectRequest.Address", "SubjectRequest.Summary", "CoAuthorRequest.FullName",
        "CoAuthorRequest.Workplace", "CoAuthorRequest.Phone", "GuardianRequest.FullName", "GuardianRequest.Relationship",
        "GuardianRequest.Phone", "PrivacyRequestForm.Details", "FileRequest.Name", "EntryFilterRequest.Q",
        "TemplateRequest.Subject", "TemplateRequest.Body", "TemplatePreviewRequest.Subject", "TemplatePreviewRequest.Body",
        "BroadcastRequest.Subject", "BroadcastRequest.Body", "MemberConsentRequest.PenName", "MemberConsentRequest.GuardianName",
    ];

    /// <summary>Strings that are not prose: ids, codes, choices from a list, e-mails, dates, content types.</summary>
    private static readonly string[] NotFreeText =
    [
        "StaffRequest.Email", "StaffRequest.UnitId", "UnlockRequest.EntryId", "UnlockRequest.Judge", "ConflictRequest.EntryId",
        "ConflictRequest.Judge", "CopyDecisionRequest.Decision", "MoveRequest.EntryId", "MoveRequest.From", "MoveRequest.To",
        "RedactionRequest.FileName", "RedactionRequest.BlobName", "CriterionRequest.Id", "RoundRequest.OpensAt", "RoundRequest.ClosesAt",
        "RoundRequest.FromRound", "RoundRequest.RankBy", "DuplicateRequest.CopyOf", "EligibilityRequest.Decision",
        "PrivacyRequestDecisionForm.Decision", "PrivacyRequestForm.Kind", "SwapRequest.EntryA", "SwapRequest.EntryB",
        "DisqualifyRequest.EntryId", "TieRequest.Key", "TieRequest.Method", "PrizeTierRequest.MovementId", "ResultsSettingsRequest.RoundId",
        "CertificateRequest.Date", "ArchivePackageRequest.Date", "RoundScheduleRequest.ClosesAt", "CertificateRequest.EntryId", "PublishRequest.At", "UnitRequest.Id", "UnitRequest.Group",
        "UnitRequest.ParentId", "FocalPointRequest.Email", "LateLinkRequest.UnitId", "ScreeningRequest.Decision",
        "QuickReportRequest.FocalPointNamedOn", "EntryRequest.Movement", "EntryRequest.UnitId", "AuthorRequest.Email",
        "CoAuthorRequest.Email", "FileRequest.ContentType", "SubmitRequest.SubmitKey", "EntryFilterRequest.Unit",
        "EntryFilterRequest.Movement", "EntryFilterRequest.Status", "EntryFilterRequest.Ids", "EntryFilterRequest.From",
        "EntryFilterRequest.To", "LateLinkRequest.ExpiresAt", "EntryFilterRequest.Flag", "DistinctRequest.DistinctFrom",
        "ContestSettingsRequest.SubmissionOpensAt", "ContestSettingsRequest.SubmissionClosesAt", "ContestSettingsRequest.QuickReportDueAt",
        "NamedItemRequest.Id", "ContestDocumentRequest.Date", "ContestDocumentRequest.Role", "ContestExtensionRequest.ClosesAt",
        "ContestCreationRequest.Id", "ContestCreationRequest.CopyFrom", "ReminderStepsRequest.DaysBefore", "ContestDocumentFileRequest.Blob",
        "TemplatePreviewRequest.UnitId", "TemplatePreviewRequest.EntryId", "BroadcastRequest.Audience", "BroadcastRequest.Group",
        "BroadcastRequest.RoundId", "ResendRequest.To", "MemberConsentRequest.Answer", "MemberConsentRequest.Naming",
    ];

    /// <summary>Named like requests but stored, never sent: an entrant's privacy request as kept.</summary>
    private static readonly Type[] StoredNotSent = [typeof(Domain.Privacy.PrivacyRequest), typeof(Domain.Privacy.StoredPrivacyRequest)];

    public static TheoryData<string> OrganizerFields => [.. Organizer.Keys];

    public static TheoryData<string> PortalFields => [.. Portal.Keys];

    [Theory]
    [MemberData(nameof(OrganizerFields))]
    public async Task An_organizer_field_with_a_right_to_left_override_is_refused_by_name(string name)
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();

        await AssertRefusedAsync(organizer, Organizer[name]);
    }

    [Theory]
    [MemberData(nameof(PortalFields))]
    public async Task A_unit_portal_field_with_a_right_to_left_override_is_refused_by_name(string name)
    {
        using var organizer = await judging.Stack.SignInAsOrganizerAsync();
        var unit = await UnitAsync(organizer);
        using var portal = TestUnits.Portal(judging.Stack, await TestUnits.LinkTokenAsync(organizer, unit));

        await AssertRefusedAsync(portal, Portal[name]);
    }

    [Theory]
    [InlineData("\0")]
    [InlineData("\a")]
    [InlineData("\u202E")]
    [InlineData("\U000E0041")]
    [InlineData("\uFFFF")]
    [InlineData("\uFDD0")]
    [InlineData("\u200B")]
    public async Task A_judges_comment_with_a_control_format_or_noncharacter_is_refused_and_the_sheet_stays_as_it_was(string character)
    {
        using var judge = await judging.SignInAsync(JudgingStack.JudgeB);
        var code = (await judge.GetFromJsonAsync<List<JudgeAssignmentView>>("/api/judge/assignments"))!.First().Code;
        var before = (await judge.GetFromJsonAsync<JudgeEntryView>($"/api/judge/entries/{code}"))!;
        var full = before.Rubric.ToDictionary(c => c.Id, c => (decimal?)c.Max);

        var saved = await judge.PutAsJsonAsync($"/api/judge/entries/{code}/score", new { criteria = full, comment = $"Bài viết cảm động{character}, giàu chi tiết.", submit = false });

        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        Assert.Equal("application/problem+json", saved.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["Mục nhận xét chứa ký tự không hợp lệ."], (await saved.ReadProblem()).Errors["comment"]);
        var after = (await judge.GetFromJsonAsync<JudgeEntryView>($"/api/judge/entries/{code}"))!;
        Assert.Equal(before.Status, after.Status);
        Assert.Equal(before.Comment, after.Comment);
    }

    [Fact]
    public async Task A_judges_comment_may_span_lines_and_a_recusal_reason_with_a_tag_character_is_refused()
    {
        using var judge = await judging.SignInAsync(JudgingStack.JudgeB);
        var code = (await judge.GetFromJsonAsync<List<JudgeAssignmentView>>("/api/judge/assignments"))!.Last().Code;

        var saved = await judge.PutAsJsonAsync($"/api/judge/entries/{code}/score",
            new { criteria = new Dictionary<string, decimal?>(), comment = "Ý tứ rõ ràng.\nCần thêm số liệu.", submit = false });
        var recused = await judge.PostAsJsonAsync($"/api/judge/entries/{code}/recusal", new { reason = "Tôi quen tác giả\U000E0041" });

        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        Assert.Equal("Ý tứ rõ ràng.\nCần thêm số liệu.", (await judge.GetFromJsonAsync<JudgeEntryView>($"/api/judge/entries/{code}"))!.Comment);
        Assert.Equal(HttpStatusCode.BadRequest, recused.StatusCode);
        Assert.Equal(["Mục lý do xin rút chứa ký tự không hợp lệ."], (await recused.ReadProblem()).Errors["reason"]);
    }

    [Fact]
    public void Every_string_a_request_carries_is_either_checked_here_proved_elsewhere_or_not_free_text()
    {
        var known = Organizer.Keys.Concat(Portal.Keys).Concat(Judge).Concat(ProvedElsewhere).Concat(NotFreeText).ToHashSet();
        var fields = new[] { typeof(Domain.Common.FreeText).Assembly, typeof(ScoreRequest).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.Name.EndsWith("Request", StringComparison.Ordinal) || t.Name.EndsWith("Form", StringComparison.Ordinal))
            .Where(t => t.GetMethod("<Clone>$") is not null && !StoredNotSent.Contains(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType == typeof(string) && p.CanWrite)
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();

        Assert.Contains("ScoreRequest.Comment", fields);
        var undecided = fields.Where(f => !known.Contains(f)).ToList();
        Assert.True(undecided.Count == 0, $"Decide whether these are free text: {string.Join(", ", undecided)}");
    }

    private static async Task<string> UnitAsync(HttpClient organizer) =>
        await TestUnits.AddAsync(organizer, $"ky-tu-la-{Guid.NewGuid():N}"[..24]);

    private async Task AssertRefusedAsync(HttpClient client, Case c)
    {
        // A contest's routes name a stored contest: an unknown one is a 404 before the body is read.
        var path = "/api/" + c.Path.Replace("{round}", judging.RoundId)
            .Replace("{contest}", judging.Stack.Services.GetRequiredService<ContestDirectory>().DefaultId);
        using var request = c.Method == HttpMethod.Get
            ? new HttpRequestMessage(HttpMethod.Get, path + Uri.EscapeDataString(Reversed))
            : new HttpRequestMessage(c.Method, path) { Content = JsonContent.Create(c.Body(Reversed)) };

        var response = await client.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{c.Method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var messages = (await response.ReadProblem()).Errors;
        Assert.True(messages.TryGetValue(c.Field, out var field), $"{path}: no error for {c.Field} in {string.Join(", ", messages.Keys)}");
        Assert.EndsWith(Invalid, Assert.Single(field));
    }
}
