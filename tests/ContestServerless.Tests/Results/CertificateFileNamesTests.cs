using ContestServerless.Domain.Results;

namespace ContestServerless.Tests.Results;

public sealed class CertificateFileNamesTests
{
    [Theory]
    [InlineData("Nguyễn Thị Ánh Tuyết", "Giải Nhất", "giai-nhat-nguyen-thi-anh-tuyet")]
    [InlineData("ĐỖ   Đình\tĐạt", "Giải Khuyến khích", "giai-khuyen-khich-do-dinh-dat")]
    [InlineData("../../x\\y:z*?", "Giải Ba", "giai-ba-x-y-z")]
    [InlineData("金", "", "giay-chung-nhan")]
    public void A_stem_is_lower_case_ascii_words_joined_by_hyphens(string name, string tier, string expected)
    {
        Assert.Equal(expected, CertificateFileNames.Stem(ResultsPapers.Certificate(name: name, tier: tier)));
    }

    [Fact]
    public void A_very_long_name_makes_a_stem_of_at_most_eighty_characters()
    {
        var stem = CertificateFileNames.Stem(ResultsPapers.Certificate(name: string.Concat(Enumerable.Repeat("Nguyễn Văn An ", 30))));

        Assert.True(stem.Length <= 80, stem);
        Assert.False(stem.EndsWith('-'));
    }

    [Fact]
    public void Names_met_again_are_numbered_so_every_file_is_distinct()
    {
        var same = ResultsPapers.Certificate(name: "Trần Văn Đức");
        var upper = ResultsPapers.Certificate(name: "TRẦN VĂN ĐỨC");

        var names = CertificateFileNames.For([same, same, upper, ResultsPapers.Certificate(name: "Tran Van Duc 2")]);

        Assert.Equal(["giai-nhat-tran-van-duc.pdf", "giai-nhat-tran-van-duc-2.pdf", "giai-nhat-tran-van-duc-3.pdf", "giai-nhat-tran-van-duc-2-2.pdf"], names);
    }
}
