using ContestServerless.Domain.Common;
using CsCheck;

namespace ContestServerless.Tests.Common;

/// <summary>The table-driven fold answers exactly what its definition answers, for every character and any text.</summary>
public sealed class SearchFoldTests
{
    private static string Definition(string value) => Text.Unaccent(Text.Clean(value)).ToLowerInvariant();

    [Theory]
    [InlineData("  NGUYỄN Văn Đức ", "nguyen van duc")]
    [InlineData("Nguye\u0302\u0303n Thi\u0323 Ha\u0300", "nguyen thi ha")]
    [InlineData("Người thầy vùng sâu số 7", "nguoi thay vung sau so 7")]
    [InlineData("", "")]
    public void Vietnamese_text_loses_case_and_diacritics(string value, string expected) =>
        Assert.Equal(expected, SearchFold.Key(value));

    [Fact]
    public void Every_character_folds_as_the_definition_does_alone_and_between_letters()
    {
        var differences = new List<string>();
        for (var code = 1; code <= 0xFFFF; code++)
        {
            if (code is >= 0xD800 and <= 0xDFFF) continue;
            var c = ((char)code).ToString();
            foreach (var text in new[] { c, $"a{c}b", $"Ê{c}\u0301" })
                if (SearchFold.Key(text) != Definition(text)) differences.Add($"U+{code:X4} in \"{text}\"");
        }
        Assert.Empty(differences);
    }

    [Fact]
    public void Any_mix_of_letters_marks_spaces_and_other_scripts_folds_as_the_definition_does()
    {
        // Precomposed and decomposed Vietnamese, marks out of place, kinds of white space, and characters outside the
        // table's blocks that compose with their neighbours (Hangul jamo, a Bengali vowel sign) or need surrogates, and
        // what normalization refuses (U+FFFE, a lone surrogate): folded as given, never thrown.
        var pieces = Gen.OneOf<string>(
            "Nguyễn", "NGUYỄN", "Đặng", "đ", "Ư", "ơ", "e\u0302\u0301", "a\u0306\u0323", "\u0301", "\u0323", "\u0340",
            " ", "  ", "\t", "\u00A0", "\u0085", "\u2003", "-", ".", "số", "7", "ǅ", "İ", "ß", "Ω", "ά",
            "\u1100\u1161", "\u09C7\u09BE", "😀", "\u0344", "\u0374", "x", "\uFFFE", "\uD800");
        pieces.Array[0, 12].Select(string.Concat).Sample(text =>
            Assert.Equal(Definition(text), SearchFold.Key(text)), iter: 20_000);
    }

    [Fact]
    public void Null_folds_to_nothing() => Assert.Equal("", SearchFold.Key(null));

}
