using ContestServerless.Domain.Common;

namespace ContestServerless.Tests.Common;

/// <summary>The one check every free-text field goes through: what it refuses, what it lets through, what it says.</summary>
public sealed class FreeTextTests
{
    private static readonly FreeText Line = new("lý do", 100, Missing: "Vui lòng nêu lý do.");
    private static readonly FreeText Lines = new("nhận xét", 100, LineBreaks: true);

    /// <summary>A code point as a string; a surrogate on its own is a broken pair, which only a char can hold.</summary>
    private static string Of(int codePoint) => codePoint is >= 0xD800 and <= 0xDFFF ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint);

    [Theory]
    [InlineData(0x0000)] // NUL
    [InlineData(0x0007)] // BEL
    [InlineData(0x001B)] // ESC
    [InlineData(0x007F)] // DEL
    [InlineData(0x0085)] // NEL, a C1 control
    [InlineData(0x000B)] // vertical tab, which Word pastes as a line break
    [InlineData(0x202E)] // right-to-left override
    [InlineData(0x2066)] // left-to-right isolate
    [InlineData(0x200B)] // zero-width space
    [InlineData(0xFEFF)] // byte-order mark
    [InlineData(0x00AD)] // soft hyphen
    [InlineData(0xE0041)] // TAG LATIN CAPITAL LETTER A
    [InlineData(0xE007F)] // CANCEL TAG
    [InlineData(0xFFFF)] // noncharacter
    [InlineData(0xFFFE)] // noncharacter
    [InlineData(0xFDD0)] // noncharacter
    [InlineData(0xFDEF)] // noncharacter
    [InlineData(0x1FFFE)] // noncharacter of the second plane
    [InlineData(0xD800)] // a high surrogate alone
    [InlineData(0xDC00)] // a low surrogate alone
    [InlineData(0x2028)] // line separator
    [InlineData(0x2029)] // paragraph separator
    public void A_control_format_or_noncharacter_or_broken_pair_is_refused_in_one_line_and_in_many(int codePoint)
    {
        var text = $"Bài viết rất hay{Of(codePoint)} về người thầy";

        Assert.Equal("Mục lý do chứa ký tự không hợp lệ.", Line.Refusal(text, out _));
        Assert.Equal("Mục nhận xét chứa ký tự không hợp lệ.", Lines.Refusal(text, out _));
        Assert.Equal(["Mục lý do chứa ký tự không hợp lệ."], Line.Read("reason", text).Problem!.Errors!["reason"]);
    }

    [Theory]
    [InlineData("Gia đình 👨\u200D👩\u200D👧 rất hạnh phúc")] // an emoji sequence joined by ZWJ
    [InlineData("ភាសាខ្មែរ\u200C ក្រោម")] // Khmer, written in the Mekong delta, with a ZWNJ
    [InlineData("Bài viết có chiều sâu; văn phong trong sáng — điểm 9/10 (rất tốt) & “chân thực”.")]
    public void The_joiners_and_ordinary_punctuation_pass(string text) => Assert.Null(Line.Refusal(text, out _));

    [Theory]
    [InlineData("Dòng một\nDòng hai")]
    [InlineData("Dòng một\r\nDòng hai")]
    [InlineData("Cột một\tCột hai")]
    public void Line_breaks_and_tabs_pass_only_where_the_field_has_lines(string text)
    {
        Assert.Null(Lines.Refusal(text, out _));
        Assert.Equal("Mục lý do chứa ký tự không hợp lệ.", Line.Refusal(text, out _));
    }

    [Fact]
    public void Text_is_trimmed_and_composed_before_it_is_measured()
    {
        var decomposed = "  " + "Nguye\u0302\u0303n".Normalize(System.Text.NormalizationForm.FormD) + new string('a', 94) + "  ";

        Assert.Null(Line.Refusal(decomposed, out var cleaned));
        Assert.Equal(100, cleaned.Length);
        Assert.StartsWith("Nguyễn", cleaned);
        Assert.Equal("Mục lý do không được dài quá 100 ký tự.", Line.Refusal(cleaned + "b", out _));
    }

    [Fact]
    public void An_empty_field_is_refused_with_its_own_message_only_when_it_is_required()
    {
        Assert.Equal("Vui lòng nêu lý do.", Line.Refusal("  ", out _));
        Assert.Null(Lines.Refusal(null, out var cleaned));
        Assert.Equal("", cleaned);
    }

    [Fact]
    public void Errors_are_gathered_under_the_field_they_belong_to()
    {
        var errors = new Dictionary<string, string[]>();

        var kept = Lines.Read("proposals", " Đề xuất\u202E ", errors);
        Line.Read("reason", "Ổn", errors);

        Assert.Equal(["proposals"], errors.Keys);
        Assert.Equal("Đề xuất\u202E", kept);
    }
}
