using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Duplicates;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Tests.Duplicates;

/// <summary>Which entries in play wait for the organizers' decision: an undecided possible duplicate or eligibility flag.</summary>
public sealed class OpenFlagsTests
{
    private static readonly DateTimeOffset At = new(2026, 4, 1, 8, 0, 0, TimeSpan.FromHours(7));

    private static CatalogueRow Row(string id, string unit, string title = "Cô giáo dạy chữ ban đêm", string author = "Sơn Thị Bô Pha",
        string? md5 = null, Eligibility? eligibility = null, string? copyOf = null, IReadOnlyList<string>? distinctFrom = null) =>
        new(id, unit, title, "giam-ngheo", author, [], "Lâm Văn Tư", "bai.docx", 100, EntryStatus.Received, At, At,
            null, null, Screening.None, eligibility ?? Eligibility.Clear, md5 ?? $"md5-{id}", copyOf, distinctFrom);

    [Fact]
    public void The_demos_four_copies_of_one_essay_all_wait_for_a_decision()
    {
        // Three entries with one file, and one more with the same title and author in another unit.
        var flags = OpenFlags.Of([Row("A1", "so-a", md5: "f"), Row("A2", "so-a", md5: "f"), Row("A3", "so-b", md5: "f"), Row("B1", "so-c"),
            Row("X1", "so-a", "Bà mẹ nuôi quân", "Trần Văn Bình")]);

        Assert.Equal(["A1", "A2", "A3", "B1"], flags.PossibleCopies.Keys.Order());
        Assert.False(flags.Holds("X1"));
    }

    [Fact]
    public void Marking_one_a_copy_decides_the_pair_for_both()
    {
        var flags = OpenFlags.Of([Row("A1", "so-a"), Row("B1", "so-b", copyOf: "A1")]);

        Assert.Empty(flags.PossibleCopies);
    }

    [Fact]
    public void Two_works_declared_distinct_are_no_longer_flagged_but_the_same_file_always_is()
    {
        var titleAndAuthor = OpenFlags.Of([Row("A1", "so-a"), Row("B1", "so-b", distinctFrom: ["A1"])]);
        var sameFile = OpenFlags.Of([Row("A1", "so-a", md5: "f"), Row("B1", "so-b", "Bài khác", "Người khác", md5: "f", distinctFrom: ["A1"])]);

        Assert.Empty(titleAndAuthor.PossibleCopies);
        Assert.Equal(["B1"], sameFile.CopiesOf("A1"));
    }

    [Fact]
    public void A_declaration_covers_only_the_pair_it_names()
    {
        var flags = OpenFlags.Of([Row("A1", "so-a"), Row("B1", "so-b", distinctFrom: ["A1"]), Row("C1", "so-c")]);

        Assert.Equal(["C1"], flags.CopiesOf("A1"));
        Assert.Equal(["A1", "B1"], flags.CopiesOf("C1").Order());
    }

    [Fact]
    public void An_eligibility_flag_holds_until_decided_and_an_excluded_entry_is_out_of_play()
    {
        var flagged = new Eligibility(["Tác giả trùng họ tên với người được viết về."]);
        var flags = OpenFlags.Of([
            Row("E1", "so-a", "Bài một", eligibility: flagged),
            Row("E2", "so-a", "Bài hai", eligibility: flagged with { Decision = EligibilityDecision.Kept }),
            Row("E3", "so-b", "Bài hai", eligibility: flagged with { Decision = EligibilityDecision.Excluded }),
        ]);

        Assert.Equal(["E1"], flags.AwaitingEligibility);
        // E3 is out of play, so E2 (same title and author in another unit) is not a possible duplicate of it.
        Assert.False(flags.Holds("E2"));
    }
}
