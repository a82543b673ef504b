using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Entries;
using static ContestServerless.Tests.Infrastructure.GroupForms;

namespace ContestServerless.Tests.Entries;

/// <summary>Who may not enter: staff (organizers, judges) and the essay's subject as its author; organizers decide.</summary>
[Collection(StackCollection.Name)]
public sealed class EligibilityTests(ContestStack stack)
{
    private sealed record AuditRecords(IReadOnlyList<AuditRecord> Records);

    private static StaffMember Staff(string email, string name, string role) => new(email, name, [role], DateTimeOffset.UtcNow, "test");

    private Task AddStaffAsync(StaffMember member) =>
        stack.Services.GetRequiredService<IStaffList>().SaveAsync(member, CancellationToken.None);

    [Fact]
    public async Task An_entry_by_a_judges_e_mail_is_flagged_for_the_organizers()
    {
        await AddStaffAsync(Staff("giamkhao.hoa@example.org", "Phạm Thị Hoa", StaffRoles.Judge));
        using var organizer = await stack.SignInAsOrganizerAsync();
        var form = Form("so-noi-vu", "Bài của một giám khảo");
        form["author"]!["email"] = "GiamKhao.Hoa@example.org";

        var receipt = await EnterAsync(stack.Http, form);

        var details = await organizer.GetFromJsonAsync<Details>($"/api/organizer/entries/{receipt.Id}");
        Assert.Equal("flagged", details!.Eligibility.State);
        Assert.Equal(["Tác giả Nguyễn Thị Lan có E-mail trùng với thành viên Ban Giám khảo (giamkhao.hoa@example.org)."], details.Eligibility.Concerns);
        await stack.CatalogueCaughtUpAsync();
        var listing = await organizer.GetFromJsonAsync<Listing>("/api/organizer/entries?status=all&q=bai%20cua%20mot%20giam%20khao");
        Assert.Contains(listing!.Entries, e => e.Id == receipt.Id && e.Eligibility.State == "flagged");
    }

    [Fact]
    public void Names_match_staff_with_diacritics_case_and_spaces_ignored_and_an_author_may_not_be_the_subject()
    {
        var entry = Sample.Entry(author: "NGUYEN  van an");
        var leaderIsJudge = EligibilityRules.Concerns(entry, [Staff("an@example.org", "Nguyễn Văn An", StaffRoles.Organizer)]);
        var subject = new Entry
        {
            Id = entry.Id, UnitId = entry.UnitId, Title = entry.Title, MovementId = entry.MovementId, Author = entry.Author,
            CoAuthors = [new CoAuthor("lâm văn TƯ", 1950, "", "0913 222 333", "")],
            Subject = entry.Subject, File = entry.File, BlobName = entry.BlobName, ReceiptCode = entry.ReceiptCode,
            SubmitKey = entry.SubmitKey, CreatedAt = entry.CreatedAt,
        };

        var subjectIsCoAuthor = EligibilityRules.Concerns(subject, []);
        var nobody = EligibilityRules.Concerns(entry, [Staff("an@example.org", "Nguyễn Văn Anh", StaffRoles.Judge)]);

        Assert.Equal(["Tác giả NGUYEN  van an trùng họ tên với thành viên Ban Tổ chức (Nguyễn Văn An)."], leaderIsJudge);
        Assert.Equal(["Đồng tác giả lâm văn TƯ trùng họ tên với người được viết về."], subjectIsCoAuthor);
        Assert.Empty(nobody);
    }

    [Fact]
    public async Task Organizers_exclude_a_flagged_entry_with_a_reason_and_the_decision_is_audited()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        // The subject (Lâm Văn Tư, Entrant.Form) named as a co-author.
        var receipt = await EnterAsync(stack.Http, Form("so-noi-vu", "Tự viết về mình", CoAuthor("Lâm Văn Tư", 1960)));

        var withoutReason = await organizer.PostAsJsonAsync($"/api/organizer/entries/{receipt.Id}/eligibility", new { decision = "exclude", reason = " " });
        var excluded = await organizer.PostAsJsonAsync($"/api/organizer/entries/{receipt.Id}/eligibility", new { decision = "exclude", reason = "Người được viết về là đồng tác giả." });

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal(["Vui lòng ghi lý do của quyết định."], (await withoutReason.Content.ReadFromJsonAsync<ProblemBody>())!.Errors["reason"]);
        Assert.Equal(HttpStatusCode.OK, excluded.StatusCode);
        var view = (await excluded.Content.ReadFromJsonAsync<EligibilityView>())!;
        Assert.Equal(("excluded", "Người được viết về là đồng tác giả.", TestStaff.Secretary), (view.State, view.Reason, view.DecidedBy));
        var details = await organizer.GetFromJsonAsync<Details>($"/api/organizer/entries/{receipt.Id}");
        Assert.Equal("excluded", details!.Eligibility.State);
        var audit = await organizer.GetFromJsonAsync<AuditRecords>("/api/organizer/audit");
        Assert.Contains(audit!.Records, r => r.Action == AuditAction.EligibilityDecided && r.Target == receipt.Id
            && r.Detail == "Loại khỏi cuộc thi: Người được viết về là đồng tác giả." && r.User == TestStaff.Secretary);
    }

    [Fact]
    public async Task An_entry_nobody_flagged_needs_no_decision()
    {
        using var organizer = await stack.SignInAsOrganizerAsync();
        var receipt = await EnterAsync(stack.Http, Form("so-noi-vu", "Bài không vướng gì", CoAuthor("Huỳnh Văn Sáu", 1990)));

        var response = await organizer.PostAsJsonAsync($"/api/organizer/entries/{receipt.Id}/eligibility", new { decision = "keep", reason = "Không có gì." });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<ProblemBody>())!.Errors.ContainsKey("decision"));
    }

    [Fact]
    public async Task Checking_again_when_judging_starts_flags_an_author_who_has_since_joined_the_jury()
    {
        var receipt = await EnterAsync(stack.Http, Form("so-noi-vu", "Bài trước khi có giám khảo", CoAuthor("Tô Thị Giám Khảo Mới", 1975)));
        var store = stack.Services.GetRequiredService<IEntryStore>();
        Assert.False((await store.FindAsync(receipt.Id, CancellationToken.None))!.Entry.Eligibility.IsFlagged);
        await AddStaffAsync(Staff("moi.vao@example.org", "To Thi Giam Khao Moi", StaffRoles.Judge));

        var awaiting = await stack.Services.GetRequiredService<EligibilityService>().RecheckAllAsync(CancellationToken.None);

        var entry = (await store.FindAsync(receipt.Id, CancellationToken.None))!.Entry;
        Assert.True(entry.Eligibility.AwaitsDecision);
        Assert.Equal(["Đồng tác giả Tô Thị Giám Khảo Mới trùng họ tên với thành viên Ban Giám khảo (To Thi Giam Khao Moi)."], entry.Eligibility.Concerns);
        Assert.True(awaiting >= 1);
    }
}
