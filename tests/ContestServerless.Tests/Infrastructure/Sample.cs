using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Units;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>Domain objects for tests that need no storage.</summary>
public static class Sample
{
    public static Entry Entry(string unitId = "so-noi-vu", string title = "Người thầy giữa rừng đước", string author = "Nguyễn Thị Lan",
        string movement = "giam-ngheo", DateTimeOffset? receivedAt = null, string extension = ".pdf", string? id = null)
    {
        id ??= Codes.NewEntryId();
        var entry = new Entry
        {
            Id = id,
            UnitId = unitId,
            Title = title,
            MovementId = movement,
            Author = new Author(author, 1985, "Giáo viên", "", "Sóc Trăng", "0912 345 678", ""),
            Subject = new Subject("Lâm Văn Tư", "Cù Lao Dung", "Dạy chữ miễn phí."),
            File = new EntryFile("bai" + extension, 100, ""),
            BlobName = $"{unitId}/{id}{extension}",
            ReceiptCode = Codes.NewReceiptCode(),
            SubmitKey = Codes.NewSubmitKey(),
            CreatedAt = receivedAt ?? DateTimeOffset.UtcNow,
        };
        return receivedAt is { } at
            ? ContestServerless.Domain.Entries.Entry.Restore(entry, EntryStatus.Received, at, new string('a', 64), null, null)
            : entry;
    }

    public static Unit Unit(string id, string group, string? parentId = null, string? name = null) =>
        new(id, name ?? id, group, parentId) { FocalPoints = [new FocalPoint("", "", $"{id}@example.org", "")] };
}
