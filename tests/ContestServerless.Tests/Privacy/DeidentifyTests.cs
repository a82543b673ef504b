using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Privacy;

namespace ContestServerless.Tests.Privacy;

/// <summary>De-identifying an entry (retention, withdrawal, erasure) clears every person it names, a minor's guardian too.</summary>
public sealed class DeidentifyTests
{
    [Fact]
    public void The_guardian_of_a_minor_is_cleared_with_the_authors()
    {
        var minor = Sample.Entry(author: "Lâm Bé Na");
        var entry = new Entry
        {
            Id = minor.Id, UnitId = minor.UnitId, Title = minor.Title, MovementId = minor.MovementId, Author = minor.Author,
            CoAuthors = [new CoAuthor("Lâm Văn Tí", 2012, "Trường THCS Kế Sách", "0912 345 678", "")],
            Subject = minor.Subject, File = minor.File, BlobName = minor.BlobName, ReceiptCode = minor.ReceiptCode,
            SubmitKey = minor.SubmitKey, CreatedAt = minor.CreatedAt,
            Guardian = new Guardian("Lâm Thị Mẹ", "Mẹ", "0987 654 321", DateTimeOffset.UtcNow),
        };

        entry.Deidentify(DateTimeOffset.UtcNow);

        Assert.Null(entry.Guardian);
        Assert.Empty(entry.CoAuthors);
        Assert.Equal("", entry.Author.FullName);
    }
}
