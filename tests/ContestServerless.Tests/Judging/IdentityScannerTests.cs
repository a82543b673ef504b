using ContestServerless.Domain.Common;
using ContestServerless.Domain.Judging;
using CsCheck;

namespace ContestServerless.Tests.Judging;

public sealed class IdentityScannerTests
{
    private static readonly IdentityClues Author = new(
        ["Nguyễn Văn An"], ["0912 345 678"], ["an.nguyen@socnoivu.gov.vn"], ["Trường THCS Lê Lợi"], ["Sở Nội vụ"]);

    private static IReadOnlyList<IdentityHit> Scan(string text, IdentityClues? clues = null) =>
        new IdentityScanner(clues ?? Author).Scan(text, IdentityPlaces.Body);

    [Theory]
    [InlineData("Tác giả: Nguyễn Văn An, lớp 9A.")]
    [InlineData("TÁC GIẢ NGUYỄN VĂN AN")]
    [InlineData("tac gia nguyen van an")]
    [InlineData("Nguyễn\u00A0Văn-An viết bài này")]
    [InlineData("Nguye\u0302\u0303n Va\u0306n An (decomposed)")]
    public void A_name_is_found_whatever_its_accents_case_or_spacing(string text)
    {
        var hit = Assert.Single(Scan(text));

        Assert.Equal(IdentityClueKind.Name, hit.Kind);
        Assert.Equal(IdentityPlaces.Body, hit.Where);
    }

    [Theory]
    [InlineData("Chị Nguyễn Văn Anh kể lại")]
    [InlineData("anh Nguyễn Văn Ant")]
    [InlineData("Nguyễn Văn Bình An")]
    public void A_name_inside_a_longer_name_is_not_a_hit(string text) =>
        Assert.Empty(Scan(text));

    [Theory]
    [InlineData("Liên hệ 0912 345 678.")]
    [InlineData("ĐT: 0912.345.678")]
    [InlineData("ĐT: 0912-345-678")]
    [InlineData("gọi +84912345678 nhé")]
    [InlineData("gọi +84 912 345 678 nhé")]
    [InlineData("(0912) 345 678")]
    public void A_phone_is_found_by_its_digits_whatever_separates_them(string text) =>
        Assert.Equal(IdentityClueKind.Phone, Assert.Single(Scan(text)).Kind);

    [Theory]
    [InlineData("Năm 0912 có 345 người, 678 hộ và nhiều nữa")]
    [InlineData("Số 091234567 khác")]
    public void Numbers_that_are_not_the_phone_are_not_hits(string text) =>
        Assert.Empty(Scan(text));

    [Fact]
    public void The_email_workplace_and_unit_are_found_and_the_excerpt_shows_the_original_text()
    {
        var hits = Scan("Gửi thư tới An.Nguyen@SocNoiVu.gov.vn. Tôi dạy ở trường THCS Lê Lợi, thuộc sở nội vụ tỉnh.");

        Assert.Equal([IdentityClueKind.Email, IdentityClueKind.Workplace, IdentityClueKind.Unit], hits.Select(h => h.Kind));
        Assert.Contains("trường THCS Lê Lợi", hits[1].Excerpt);
        Assert.All(hits, h => Assert.True(h.Excerpt.Length <= 100, h.Excerpt));
    }

    [Fact]
    public void Clues_too_short_to_mean_anything_are_ignored()
    {
        var scanner = new IdentityScanner(new IdentityClues(["An", "Lê An", " "], ["113", "0912"], ["a@b"], ["UBND"], ["Xã"]));

        Assert.True(scanner.IsEmpty);
        Assert.Empty(scanner.Scan("An và Lê An gọi 113 ở UBND xã, thư a@b", IdentityPlaces.Body));
    }

    private static readonly string[] Syllables =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Văn", "Thị", "Minh", "Hữu", "Ngọc",
         "Thanh", "An", "Bình", "Cường", "Dũng", "Hương", "Lan", "Phương", "Quốc", "Tuấn", "Yến", "Ánh", "Đức", "Khải"];

    private static readonly Gen<string> Name =
        Gen.Int[2, 4].SelectMany(n => Gen.OneOf(Syllables).Array[n]).Select(words => string.Join(' ', words))
            .Where(n => FoldedLetters(n) >= IdentityScanner.MinimumLetters);

    private static readonly Gen<string> Filler =
        Gen.OneOf<string>("Ngày xưa", "ở xã", "có một", "người tốt,", "việc tốt.", "Câu chuyện", "về", "thầy giáo", "—", "\n")
            .Array[0, 8].Select(words => string.Join(' ', words));

    private static int FoldedLetters(string name) => Text.Unaccent(name).Count(char.IsLetter);

    private static string Garble(string name, int style) => style switch
    {
        0 => name,
        1 => name.ToUpperInvariant(),
        2 => Text.Unaccent(name).ToLowerInvariant(),
        3 => name.Replace(' ', '\u00A0'),
        _ => name.Normalize(System.Text.NormalizationForm.FormD),
    };

    [Fact]
    public void Any_full_name_is_found_in_any_text_however_it_is_written() =>
        Gen.Select(Name, Filler, Filler, Gen.Int[0, 4]).Sample((name, before, after, style) =>
        {
            var clues = new IdentityClues([name], [], [], [], []);
            var hits = new IdentityScanner(clues).Scan($"{before} {Garble(name, style)} {after}", IdentityPlaces.Footer);
            return hits.Count >= 1 && hits.All(h => h.Kind == IdentityClueKind.Name && h.Where == IdentityPlaces.Footer);
        });

    [Fact]
    public void A_text_of_other_words_is_never_a_hit() =>
        Gen.Select(Name, Filler).Sample((name, text) =>
        {
            var clues = new IdentityClues([name], ["0912345678"], ["tac.gia@example.vn"], [], []);
            // The filler never holds two syllables of a name in a row, so it can never spell one.
            return new IdentityScanner(clues).Scan(text, IdentityPlaces.Body).Count == 0;
        });

    [Fact]
    public void Any_phone_is_found_however_its_digits_are_grouped() =>
        Gen.Select(Gen.Int[100_000_000, 999_999_999], Gen.OneOf<string>(" ", ".", "-", ""), Gen.OneOf<string>("0", "+84", "+84 ", "84"), Filler)
            .Sample((number, separator, prefix, filler) =>
            {
                var digits = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var written = prefix + string.Join(separator, digits[..3], digits[3..6], digits[6..]);
                var hits = new IdentityScanner(new IdentityClues([], ["0" + digits], [], [], [])).Scan($"{filler} {written} {filler}", IdentityPlaces.Body);
                return hits.Count == 1 && hits[0].Kind == IdentityClueKind.Phone;
            });
}
