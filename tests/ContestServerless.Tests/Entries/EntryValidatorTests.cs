using System.Text;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Tests.Entries;

public sealed class EntryValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(7));
    private readonly EntryValidator _validator = new(TestContest.OpenAround(Now));

    private static EntryRequest Valid() => new(
        "Người thầy giữa rừng đước", "giam-ngheo", "so-noi-vu",
        new AuthorRequest("Nguyễn Thị Lan", 1985, "Giáo viên", "", "Phường 5, TP Sóc Trăng", "0912 345 678", "lan@example.org"),
        new SubjectRequest("Lâm Văn Tư", "Cù Lao Dung", "Dạy chữ miễn phí cho trẻ em nghèo."),
        new FileRequest("bai-du-thi.docx", 12_345, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        true, Consent: true);

    private IReadOnlyDictionary<string, string[]> ErrorsOf(EntryRequest request, bool unitExists = true) =>
        _validator.Validate(request, unitExists, Now).Problem?.Errors ?? new Dictionary<string, string[]>();

    [Fact]
    public void A_complete_form_is_valid()
    {
        var result = _validator.Validate(Valid(), unitExists: true, Now);

        Assert.Null(result.Problem);
        Assert.Equal("so-noi-vu", result.Value!.UnitId);
    }

    [Fact]
    public void An_empty_form_names_every_required_field_in_Vietnamese()
    {
        var errors = ErrorsOf(new EntryRequest(null, null, null, null, null, null, null), unitExists: false);

        Assert.Equal(
            ["author.address", "author.birthYear", "author.fullName", "author.occupation", "author.phone", "consent", "declaration",
             "file.name", "file.size", "movement", "subject.address", "subject.name", "subject.summary", "title", "unitId"],
            errors.Keys.Order());
        Assert.Equal("Vui lòng nhập họ và tên tác giả.", errors["author.fullName"].Single());
    }

    [Fact]
    public void Over_long_fields_are_refused_with_their_limit()
    {
        var errors = ErrorsOf(Valid() with { Title = new string('a', EntryValidator.MaxTitleLength + 1) });

        Assert.Equal("Mục tên tác phẩm không được dài quá 200 ký tự.", errors["title"].Single());
    }

    [Fact]
    public void Unknown_movement_and_unit_are_refused()
    {
        var errors = ErrorsOf(Valid() with { Movement = "bau-cu" }, unitExists: false);

        Assert.Contains("movement", errors.Keys);
        Assert.Contains("unitId", errors.Keys);
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2025)]
    [InlineData(0)]
    public void A_birth_year_outside_6_to_110_years_of_age_is_refused(int year)
    {
        var errors = ErrorsOf(Valid() with { Author = Valid().Author! with { BirthYear = year } });

        Assert.Equal("Năm sinh phải từ 1916 đến 2020.", errors["author.birthYear"].Single());
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("0912-abc-678")]
    [InlineData("+1 202 555 0100")]
    [InlineData("\u0660\u0669\u0661\u0662 \u0663\u0664\u0665 \u0666\u0667\u0668")]
    [InlineData("\uFF10\uFF19\uFF11\uFF12 \uFF13\uFF14\uFF15 \uFF16\uFF17\uFF18")]
    [InlineData("0912 345 \u0666\u0667\u0668")]
    public void A_malformed_phone_is_refused(string phone)
    {
        Assert.Contains("author.phone", ErrorsOf(Valid() with { Author = Valid().Author! with { Phone = phone } }).Keys);
    }

    [Theory]
    [InlineData("0912.345.678")]
    [InlineData("+84 912 345 678")]
    [InlineData("(0299) 3821 234")]
    public void Vietnamese_phone_numbers_in_the_usual_notations_are_accepted(string phone)
    {
        Assert.Empty(ErrorsOf(Valid() with { Author = Valid().Author! with { Phone = phone } }));
    }

    [Theory]
    [InlineData("lan@")]
    [InlineData("lan example.org")]
    [InlineData("@example.org")]
    public void A_malformed_email_is_refused(string email)
    {
        Assert.Equal("Địa chỉ E-mail không hợp lệ.",
            ErrorsOf(Valid() with { Author = Valid().Author! with { Email = email } })["author.email"].Single());
    }

    [Fact]
    public void The_declaration_must_be_accepted()
    {
        Assert.Contains("declaration", ErrorsOf(Valid() with { Declaration = false }).Keys);
    }

    [Theory]
    [InlineData("bai-du-thi.exe")]
    [InlineData("bai-du-thi.docx.zip")]
    [InlineData("bai-du-thi")]
    public void File_types_other_than_docx_doc_pdf_are_refused(string name)
    {
        Assert.Equal("Chỉ nhận tệp có đuôi .docx, .doc, .pdf.",
            ErrorsOf(Valid() with { File = new FileRequest(name, 100, "") })["file.name"].Single());
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf")]
    [InlineData("C:\\bai.pdf")]
    [InlineData("bai\u0000.pdf")]
    [InlineData("bai\nmoi.pdf")]
    [InlineData("bài?.pdf")]
    public void File_names_with_path_or_control_characters_are_refused(string name)
    {
        Assert.Contains("file.name", ErrorsOf(Valid() with { File = new FileRequest(name, 100, "") }).Keys);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(20 * 1024 * 1024 + 1)]
    public void File_sizes_outside_1_byte_to_20_MB_are_refused(long size)
    {
        Assert.Contains("file.size", ErrorsOf(Valid() with { File = new FileRequest("bai.pdf", size, "") }).Keys);
    }

    [Fact]
    public void A_content_type_contradicting_the_extension_is_refused()
    {
        Assert.Contains("file.contentType",
            ErrorsOf(Valid() with { File = new FileRequest("bai.pdf", 100, "application/zip") }).Keys);
    }

    [Fact]
    public void Control_characters_in_a_name_are_refused()
    {
        Assert.Contains("author.fullName",
            ErrorsOf(Valid() with { Author = Valid().Author! with { FullName = "Nguyễn\u0007Lan" } }).Keys);
    }

    [Theory]
    [InlineData("Người thầy\u200Bgiữa rừng")]
    [InlineData("Người thầy\U000E0041\U000E0042giữa rừng")]
    [InlineData("Người thầy\U000E0001 giữa rừng")]
    [InlineData("Người thầy \U000E007F")]
    public void Invisible_characters_are_refused_whether_inside_or_outside_the_first_plane(string title)
    {
        Assert.Contains("title", ErrorsOf(Valid() with { Title = title }).Keys);
    }

    [Fact]
    public void Noncharacters_and_broken_surrogate_pairs_are_refused_as_invalid_characters()
    {
        // Built here rather than in InlineData: a lone surrogate does not survive test discovery's serialization.
        string[] titles = ["Người thầy\uFFFF", "Người thầy\uFFFE giữa rừng", "Người\uFDD0 thầy", "Người thầy\uD800 giữa rừng", "\uDC00Người thầy", "Người thầy \U0010FFFF"];

        foreach (var title in titles)
            Assert.Equal(["Mục tên tác phẩm chứa ký tự không hợp lệ."], ErrorsOf(Valid() with { Title = title })["title"]);
    }

    [Fact]
    public void Characters_outside_the_first_plane_that_are_visible_are_accepted()
    {
        Assert.Empty(ErrorsOf(Valid() with { Title = "Người thầy 𠀧 giữa rừng 🌿" }));
    }

    [Fact]
    public void Decomposed_Vietnamese_is_stored_composed()
    {
        var decomposed = "Nguyễn Thị Lan".Normalize(NormalizationForm.FormD);

        var result = _validator.Validate(Valid() with { Author = Valid().Author! with { FullName = decomposed } }, true, Now);

        Assert.Equal("Nguyễn Thị Lan", result.Value!.Author.FullName);
        Assert.True(result.Value.Author.FullName.IsNormalized(NormalizationForm.FormC));
    }
}
