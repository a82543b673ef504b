using System.IO.Compression;
using ContestServerless.Functions.Results;

namespace ContestServerless.Tests.Results;

public sealed class CertificateArchiveTests
{
    [Fact]
    public void The_archive_holds_one_pdf_per_winner_under_distinct_names()
    {
        var certificates = new[]
        {
            ResultsPapers.Certificate(name: "Nguyễn Thị Ánh Tuyết", tier: "Giải Nhất"),
            ResultsPapers.Certificate(name: "Trần Văn Đức", tier: "Giải Nhì"),
            ResultsPapers.Certificate(name: "Trần Văn Đức", tier: "Giải Nhì", title: "Một bài khác cùng tác giả"),
            ResultsPapers.Certificate(name: "<b>Hà</b>/../../etc", tier: "Giải Ba"),
        };
        using var output = new MemoryStream();

        CertificateArchive.Write(certificates, output);

        output.Position = 0;
        using var zip = new ZipArchive(output, ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(["giai-nhat-nguyen-thi-anh-tuyet.pdf", "giai-nhi-tran-van-duc.pdf", "giai-nhi-tran-van-duc-2.pdf", "giai-ba-b-ha-b-etc.pdf"], names);
        for (var i = 0; i < certificates.Length; i++)
        {
            using var pdf = new MemoryStream();
            using (var entry = zip.Entries[i].Open()) entry.CopyTo(pdf);
            var text = CertificatePdfTests.TextOf(pdf.ToArray());
            Assert.Contains(certificates[i].WinnerName, text);
            Assert.Contains(certificates[i].EntryTitle, text);
        }
    }

    [Fact]
    public void The_archive_can_be_written_straight_into_a_stream_that_cannot_seek()
    {
        using var target = new MemoryStream();

        using (var forwardOnly = new ForwardOnlyStream(target))
            CertificateArchive.Write([ResultsPapers.Certificate(), ResultsPapers.Certificate(name: "Trần Văn Đức")], forwardOnly);

        using var zip = new ZipArchive(new MemoryStream(target.ToArray()), ZipArchiveMode.Read);
        Assert.Equal(2, zip.Entries.Count);
    }
}
