using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Publishing;

namespace ContestServerless.Tests.Publishing;

/// <summary>The entry form's optional box about publication: no answer is no consent; an answer is checked as on the entrant page.</summary>
public sealed class EntryFormPublicationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(7));
    private readonly EntryValidator _validator = new(TestContest.OpenAround(Now));

    private static EntryRequest Form(IReadOnlyList<MemberConsentRequest?>? publication) => new(
        "Người thầy giữa rừng đước", "giam-ngheo", "so-noi-vu",
        new AuthorRequest("Nguyễn Thị Lan", 1985, "Giáo viên", "", "Phường 5, TP Sóc Trăng", "0912 345 678", "lan@example.org"),
        new SubjectRequest("Lâm Văn Tư", "Cù Lao Dung", "Dạy chữ miễn phí cho trẻ em nghèo."),
        new FileRequest("bai-du-thi.docx", 12_345, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        true, Consent: true, Publication: publication);

    [Fact]
    public void A_form_without_the_box_ticked_carries_no_consent_to_publish()
    {
        var valid = _validator.Validate(Form(null), unitExists: true, Now).Value!;

        Assert.Empty(valid.Publication);
    }

    [Fact]
    public void The_author_s_answer_on_the_form_is_kept_with_its_naming_and_where_it_was_given()
    {
        var valid = _validator.Validate(Form([new("agree", "penName", "  Hoa Sen ", null)]), unitExists: true, Now).Value!;

        var consent = Assert.Single(valid.Publication);
        Assert.Equal((0, PublicationDecision.Agreed, AuthorNaming.PenName, "Hoa Sen", ConsentChannel.EntryForm),
            (consent.Member, consent.Decision, consent.Naming, consent.PenName, consent.Channel));
    }

    [Fact]
    public void A_pen_name_with_a_control_character_on_the_form_is_refused_under_its_field()
    {
        var problem = _validator.Validate(Form([new("agree", "penName", "Hoa\u0000Sen", null)]), unitExists: true, Now).Problem!;

        Assert.Equal(["Mục bút danh chứa ký tự không hợp lệ."], problem.Errors!["publication[0].penName"]);
    }
}
