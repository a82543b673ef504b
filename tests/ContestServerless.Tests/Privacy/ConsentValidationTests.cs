using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Privacy;

namespace ContestServerless.Tests.Privacy;

/// <summary>The entry form's consent and, for a minor, the guardian's part, as the validator checks them.</summary>
public sealed class ConsentValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(7));
    private readonly EntryValidator _validator = new(TestContest.OpenAround(Now), new PrivacyOptions { NoticeVersion = "2026-02" });

    private static EntryRequest Adult(bool? consent = true) => new(
        "Người thầy giữa rừng đước", "giam-ngheo", "so-noi-vu",
        new AuthorRequest("Nguyễn Thị Lan", 1985, "Giáo viên", "", "Phường 5, TP Sóc Trăng", "0912 345 678", ""),
        new SubjectRequest("Lâm Văn Tư", "Cù Lao Dung", "Dạy chữ miễn phí cho trẻ em nghèo."),
        new FileRequest("bai-du-thi.pdf", 12_345, "application/pdf"),
        true, Consent: consent);

    /// <summary>Fifteen in 2026, the year the test contest opens.</summary>
    private static EntryRequest Minor(GuardianRequest? guardian) =>
        Adult() with { Author = Adult().Author! with { BirthYear = 2011, Occupation = "Học sinh" }, Guardian = guardian };

    private IReadOnlyDictionary<string, string[]> ErrorsOf(EntryRequest request) =>
        _validator.Validate(request, unitExists: true, Now).Problem?.Errors ?? new Dictionary<string, string[]>();

    [Fact]
    public void An_unticked_consent_box_is_refused_apart_from_the_declaration()
    {
        var errors = ErrorsOf(Adult(consent: null));

        Assert.Equal(["consent"], errors.Keys);
        Assert.Contains("đồng ý cho xử lý dữ liệu cá nhân", errors["consent"].Single());
        Assert.Equal(["consent"], ErrorsOf(Adult(consent: false)).Keys);
    }

    [Fact]
    public void The_consent_keeps_the_configured_notice_version_and_the_time()
    {
        var valid = _validator.Validate(Adult(), unitExists: true, Now).Value!;

        Assert.Equal(new Consent("2026-02", Now), valid.Consent);
        Assert.Null(valid.Guardian);
    }

    [Fact]
    public void A_minor_without_a_guardian_names_every_guardian_field()
    {
        var errors = ErrorsOf(Minor(guardian: null));

        Assert.Equal(["guardian.consent", "guardian.fullName", "guardian.phone", "guardian.relationship"], errors.Keys.Order());
        Assert.Contains("dưới 16 tuổi", errors["guardian.consent"].Single());
    }

    [Fact]
    public void A_guardians_malformed_phone_is_refused_like_the_authors()
    {
        var errors = ErrorsOf(Minor(new GuardianRequest("Trần Văn Ba", "Cha", "12345", true)));

        Assert.Equal(["guardian.phone"], errors.Keys);
        Assert.StartsWith("Số điện thoại không hợp lệ", errors["guardian.phone"].Single());
    }

    [Fact]
    public void A_minor_with_a_consenting_guardian_is_valid_and_the_guardian_is_kept()
    {
        var valid = _validator.Validate(Minor(new GuardianRequest(" Trần Văn Ba ", "Cha", "0913 111 222", true)), unitExists: true, Now).Value!;

        Assert.Equal(new Guardian("Trần Văn Ba", "Cha", "0913 111 222", Now), valid.Guardian);
    }

    [Fact]
    public void Sixteen_in_the_contest_year_needs_no_guardian()
    {
        var sixteen = Adult() with { Author = Adult().Author! with { BirthYear = 2010 } };

        Assert.Empty(ErrorsOf(sixteen));
        Assert.Null(_validator.Validate(sixteen, unitExists: true, Now).Value!.Guardian);
    }
}
