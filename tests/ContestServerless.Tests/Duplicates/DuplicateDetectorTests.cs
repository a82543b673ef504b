using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Duplicates;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Tests.Duplicates;

public sealed class DuplicateDetectorTests
{
    private static readonly DateTimeOffset At = new(2026, 4, 1, 8, 0, 0, TimeSpan.FromHours(7));

    private static CatalogueRow Row(string id, string unit, string title = "Người thầy vùng sâu", string author = "Nguyễn Thị Lan",
        string? md5 = null, string? handedInBy = null, EntryStatus status = EntryStatus.Received) =>
        new(id, unit, title, "giam-ngheo", author, [], "Lâm Văn Tư", "bai.pdf", 100, status, At, status == EntryStatus.Received ? At : null,
            handedInBy, null, Screening.None, Eligibility.Clear, md5 ?? $"md5-{id}");

    [Fact]
    public void The_same_file_under_any_units_is_flagged_on_both_entries_naming_the_other()
    {
        var found = DuplicateDetector.Find([Row("A1", "so-a", "Bài một", md5: "abc"), Row("B1", "so-b", "Bài khác", "Trần Văn Bình", md5: "ABC")]);

        Assert.Equal([new DuplicateMatch("B1", "Bài khác", "so-b", DuplicateReason.SameFile)], found["A1"]);
        Assert.Equal([new DuplicateMatch("A1", "Bài một", "so-a", DuplicateReason.SameFile)], found["B1"]);
    }

    [Fact]
    public void The_same_title_and_author_under_two_units_is_flagged_whatever_the_diacritics_case_and_spaces()
    {
        var found = DuplicateDetector.Find([Row("A1", "so-a", "Người thầy  vùng sâu", "Nguyễn Thị Lan"), Row("B1", "so-b", "NGUOI THAY VUNG SAU", "nguyen thi  lan")]);

        Assert.Equal(DuplicateReason.SameTitleAndAuthor, Assert.Single(found["A1"]).Reason);
        Assert.Equal("A1", Assert.Single(found["B1"]).EntryId);
    }

    [Fact]
    public void The_same_work_sent_by_the_public_and_handed_in_by_its_unit_is_flagged()
    {
        var found = DuplicateDetector.Find([Row("A1", "so-a"), Row("A2", "so-a", handedInBy: "so-a")]);

        Assert.Equal(DuplicateReason.SentAndHandedIn, Assert.Single(found["A2"]).Reason);
    }

    [Fact]
    public void Two_entries_of_one_unit_sent_the_same_way_or_different_works_or_entries_not_received_are_not_flagged()
    {
        var found = DuplicateDetector.Find(
        [
            Row("A1", "so-a"), Row("A2", "so-a"), // one author's two entries under one unit, both online
            Row("B1", "so-b", "Một bài khác hẳn"),
            Row("C1", "so-c", status: EntryStatus.Pending), Row("D1", "so-d", status: EntryStatus.Withdrawn),
            Row("E1", "so-e", "", ""), Row("F1", "so-f", "", ""), // de-identified: nothing left to compare
        ]);

        Assert.Empty(found);
    }

    [Fact]
    public void A_file_sent_many_times_names_a_bounded_number_of_others()
    {
        var rows = Enumerable.Range(0, 200).Select(i => Row($"X{i:D3}", $"don-vi-{i}", $"Bài {i}", $"Tác giả {i}", md5: "same")).ToList();

        var found = DuplicateDetector.Find(rows);

        Assert.Equal(200, found.Count);
        Assert.All(found.Values, matches => Assert.InRange(matches.Count, 1, 2 * DuplicateDetector.MaxNamed));
    }
}
