using ContestServerless.Domain.Entries;

namespace ContestServerless.Tests.Entries;

public sealed class ReceiptEmailTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 3, 5, 14, 5, 0, TimeSpan.FromHours(7));

    private static Entry Received()
    {
        var entry = Sample.Entry(title: "Người thầy giữa rừng đước", author: "Nguyễn Thị Lan", receivedAt: ReceivedAt);
        return Entry.Restore(new Entry
        {
            Id = entry.Id,
            UnitId = entry.UnitId,
            Title = entry.Title,
            MovementId = entry.MovementId,
            Author = entry.Author with { Email = "lan@example.org" },
            Subject = entry.Subject,
            File = entry.File,
            BlobName = entry.BlobName,
            ReceiptCode = entry.ReceiptCode,
            SubmitKey = "khoa-gui-bai",
            CreatedAt = entry.CreatedAt,
        }, EntryStatus.Received, ReceivedAt, new string('a', 64), null, null);
    }

    [Fact]
    public void The_receipt_greets_the_author_as_Ong_Ba_with_the_full_name_in_the_official_register()
    {
        var entry = Received();

        var mail = ReceiptEmail.Compose(entry, TestContest.OpenAround(ReceivedAt), "Sở Nội vụ", "Giảm nghèo bền vững và giải quyết việc làm");

        Assert.StartsWith("Kính gửi Ông/Bà Nguyễn Thị Lan,\n", mail.PlainText);
        Assert.StartsWith($"<p>{WebUtility.HtmlEncode("Kính gửi Ông/Bà Nguyễn Thị Lan,")}</p>", mail.Html);
        Assert.Contains("đã nhận được bài dự thi của Ông/Bà.", mail.PlainText);
        Assert.DoesNotContain("bạn", mail.PlainText);
        Assert.Contains($"Mã bài dự thi: {entry.Id}", mail.PlainText);
        Assert.Equal(("lan@example.org", "Nguyễn Thị Lan"), (mail.ToEmail, mail.ToName));
    }
}
