using System.Globalization;
using System.Text;
using ContestServerless.Functions.Results;

namespace ContestServerless.Tests.Results;

/// <summary>
/// The certificates and the minutes as a person sees them: drawn by poppler (LibreOffice first for the minutes) and
/// read back by OCR. Every Vietnamese letter with two marks is printed in a real word, in lower and upper case, in
/// the certificate's bold face (the winner's name) and its regular face (the title); a letter drawn without one of
/// its marks reads back as another word.
/// </summary>
public sealed class PrintedPapersTests
{
    /// <summary>The 30 letters that carry two marks (a hat, breve or horn, and a tone), in lower case.</summary>
    private const string TwoMarkLetters = "ấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữự";

    /// <summary>One everyday word for each letter of <see cref="TwoMarkLetters"/>, in its order.</summary>
    private static readonly string[] TwoMarkWords =
    [
        "giấy", "trần", "phẩm", "dẫn", "lập", "sắc", "bằng", "khẳng", "sẵn", "mặt",
        "viết", "về", "điển", "nguyễn", "việt", "tốt", "đồng", "tổ", "mỗi", "cộng",
        "mới", "người", "ở", "rỡ", "hợp", "chứng", "từ", "sử", "những", "tự",
    ];

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    // Six words a line, so the name stays on one line at full size: stacked marks of a wrapped second line of
    // capitals touch the line above and make the OCR guess, whatever the PDF draws.
    private const int WordsPerCertificate = 6;

    public static TheoryData<int, bool> Groups()
    {
        var data = new TheoryData<int, bool>();
        for (var group = 0; group < TwoMarkWords.Length / WordsPerCertificate; group++)
        {
            data.Add(group, false);
            data.Add(group, true);
        }
        return data;
    }

    [Fact]
    public void The_words_hold_every_letter_with_two_marks_and_each_letter_has_two_marks()
    {
        Assert.Equal(30, TwoMarkLetters.Length);
        Assert.All(TwoMarkLetters, l => Assert.Equal(3, l.ToString().Normalize(NormalizationForm.FormD).Length));
        Assert.Equal(TwoMarkLetters.Length, TwoMarkWords.Length);
        for (var i = 0; i < TwoMarkLetters.Length; i++)
            Assert.Contains(TwoMarkLetters[i], TwoMarkWords[i]);
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public async Task Every_letter_with_two_marks_prints_whole_on_a_certificate_in_both_faces(int group, bool capitals)
    {
        var words = TwoMarkWords.Skip(group * WordsPerCertificate).Take(WordsPerCertificate)
            .Select(w => capitals ? w.ToUpper(Vietnamese) : w).ToList();
        var text = string.Join(' ', words);

        var seen = await Printout.ReadAsync(CertificatePdf.Render(ResultsPapers.Certificate(name: text, title: text)));

        // Each word twice: once in the bold name, once in the regular title.
        var read = Printout.Words(seen);
        var missing = words.Where(w => read.Count(r => r == w) < 2).ToList();
        Assert.True(missing.Count == 0, $"Printed without all their marks: {string.Join(", ", missing)}. OCR read:\n{seen}");
    }

    [Fact]
    public async Task The_certificates_own_lines_print_as_written()
    {
        var seen = await Printout.ReadAsync(CertificatePdf.Render(ResultsPapers.Certificate(name: "Trần Văn Đức")), oneColumn: true);

        // The lines the issue found broken on paper ("VI ̣T NAM", "Tràn", "Giải Nhát", "Quyet định so", "TỎ CHỨC").
        var read = string.Join(' ', Printout.Words(seen));
        string[] lines = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Trần Văn Đức", "Đã đạt Giải Nhất", "Theo Quyết định số 125/", "TRƯỞNG BAN TỔ CHỨC", "Lâm Hoàng Nghiệp"];
        var missing = lines.Where(l => !read.Contains(l, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"Not read back: {string.Join(" | ", missing)}. OCR read:\n{seen}");
    }

    [Fact]
    public async Task Every_letter_with_two_marks_prints_whole_in_the_minutes_opened_in_an_office_suite()
    {
        var lower = string.Join(' ', TwoMarkWords);
        var upper = lower.ToUpper(Vietnamese);
        // The contest's name heads the minutes and opens the first paragraph; the place follows in capitals.
        var minutes = ResultsPapers.Minutes() with { ContestName = lower, Place = upper };

        var seen = await Printout.ReadAsync(await Printout.PdfOfWordAsync(JuryMinutesDocument.Render(minutes)));

        var read = Printout.Words(seen);
        var missing = TwoMarkWords.Where(w => read.Count(r => r == w) < 2)
            .Concat(TwoMarkWords.Select(w => w.ToUpper(Vietnamese)).Where(w => !read.Contains(w)))
            .ToList();
        Assert.True(missing.Count == 0, $"Printed without all their marks: {string.Join(", ", missing)}. OCR read:\n{seen}");
        Assert.Contains("BIÊN BẢN", seen);
        Assert.Contains("Họp Ban Giám khảo Chung khảo", seen);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", seen);
    }
}
