using ContestServerless.Domain.Judging;
using CsCheck;

namespace ContestServerless.Tests.Judging;

public sealed class AssignmentTests
{
    private static readonly ConflictRules NoConflicts = new(new Dictionary<string, string?>());

    private static Candidate Entry(int i, string unit = "u", string movement = "m", string author = "Tác giả", string email = "") =>
        new($"E{i:D4}", unit, movement, [new AuthorIdentity($"{author} {i}", email)]);

    private static List<Judge> Judges(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new Judge($"gk{i}@example.vn", $"Giám khảo {i}"))];

    [Fact]
    public void Every_entry_gets_k_distinct_judges_and_loads_differ_by_at_most_one()
    {
        var entries = Enumerable.Range(0, 100).Select(i => Entry(i)).ToList();

        var plan = JudgeAssigner.Plan(entries, Judges(7), 3, [], NoConflicts);

        Assert.Empty(plan.Unplaced);
        Assert.All(plan.Added.GroupBy(a => a.EntryId), g => Assert.Equal(3, g.Select(a => a.JudgeEmail).Distinct().Count()));
        Assert.Equal(300, plan.Added.Count);
        Assert.True(plan.PerJudge.Values.Max() - plan.PerJudge.Values.Min() <= 1);
        Assert.True(plan.Balanced);
        Assert.Null(plan.Note);
    }

    [Fact]
    public void A_district_judge_never_gets_the_district_or_its_schools_or_the_province_above_it()
    {
        var parents = new Dictionary<string, string?> { ["province"] = null, ["district"] = "province", ["school"] = "district", ["other"] = null };
        var rules = new ConflictRules(parents);
        var entries = new[] { Entry(1, "district"), Entry(2, "school"), Entry(3, "province"), Entry(4, "other") };
        var judges = new List<Judge> { new("a@x.vn", "A", "district"), new("b@x.vn", "B"), new("c@x.vn", "C") };

        var plan = JudgeAssigner.Plan(entries, judges, 2, [], rules);

        Assert.DoesNotContain(plan.Added, a => a.JudgeEmail == "a@x.vn" && a.EntryId is "E0001" or "E0002" or "E0003");
        Assert.Contains(plan.Added, a => a.JudgeEmail == "a@x.vn" && a.EntryId == "E0004");
        Assert.Empty(plan.Unplaced);
    }

    [Fact]
    public void A_judge_who_wrote_the_entry_by_name_or_email_does_not_get_it()
    {
        var entries = new[] { Entry(1, author: "Nguyễn Văn", email: "AN@x.vn"), new Candidate("E0002", "u", "m", [new AuthorIdentity("Trần Thị  Bình", "")]) };
        var judges = new List<Judge> { new("an@x.vn", "Người khác"), new("b@x.vn", "tran thi binh"), new("c@x.vn", "C") };
        var rules = NoConflicts;

        Assert.Equal(Conflict.SameEmail, rules.Between(judges[0], entries[0]));
        Assert.Equal(Conflict.SameName, rules.Between(judges[1], entries[1]));
        var plan = JudgeAssigner.Plan(entries, judges, 2, [], rules);
        Assert.DoesNotContain(plan.Added, a => a is { EntryId: "E0001", JudgeEmail: "an@x.vn" });
        Assert.DoesNotContain(plan.Added, a => a is { EntryId: "E0002", JudgeEmail: "b@x.vn" });
    }

    [Fact]
    public void Running_again_keeps_existing_pairs_and_places_only_what_is_missing()
    {
        var first = Enumerable.Range(0, 30).Select(i => Entry(i)).ToList();
        var judges = Judges(5);
        var plan = JudgeAssigner.Plan(first, judges, 2, [], NoConflicts);
        var later = first.Concat(Enumerable.Range(30, 10).Select(i => Entry(i))).ToList();

        var again = JudgeAssigner.Plan(later, judges, 2, plan.Added, NoConflicts);

        Assert.Equal(20, again.Added.Count);
        Assert.All(again.Added, a => Assert.True(string.CompareOrdinal(a.EntryId, "E0030") >= 0));
        Assert.Empty(JudgeAssigner.Plan(later, judges, 2, [.. plan.Added, .. again.Added], NoConflicts).Added);
    }

    [Fact]
    public void An_entry_without_enough_eligible_judges_is_reported_unplaced_with_the_reason()
    {
        var parents = new Dictionary<string, string?>();
        var judges = new List<Judge> { new("a@x.vn", "A", "u1"), new("b@x.vn", "B", "u1"), new("c@x.vn", "C") };

        var plan = JudgeAssigner.Plan([Entry(1, "u1")], judges, 2, [], new ConflictRules(parents));

        var unplaced = Assert.Single(plan.Unplaced);
        Assert.Equal(1, unplaced.Missing);
        Assert.Contains("cần 2", unplaced.Reason);
        Assert.Single(plan.Added);
    }

    [Fact]
    public void A_recused_or_declared_pair_is_a_conflict()
    {
        var rules = new ConflictRules(new Dictionary<string, string?>(), declared: [("E0001", "A@x.vn")], recused: [("E0002", "a@x.vn")]);
        var judge = new Judge("a@x.vn", "A");

        Assert.Equal(Conflict.Declared, rules.Between(judge, Entry(1)));
        Assert.Equal(Conflict.Recused, rules.Between(judge, Entry(2)));
        Assert.Equal(Conflict.None, rules.Between(judge, Entry(3)));
    }

    [Fact]
    public void With_a_panel_per_movement_an_entry_goes_only_to_its_panel()
    {
        var entries = Enumerable.Range(0, 20).Select(i => Entry(i, movement: i % 2 == 0 ? "m1" : "m2")).ToList();
        var judges = Judges(6);
        var panels = new Dictionary<string, IReadOnlySet<string>>
        {
            ["m1"] = new HashSet<string> { "gk1@example.vn", "gk2@example.vn", "gk3@example.vn" },
            ["m2"] = new HashSet<string> { "gk4@example.vn", "gk5@example.vn", "gk6@example.vn" },
        };

        var plan = JudgeAssigner.Plan(entries, judges, 2, [], NoConflicts, panels);

        var movementOf = entries.ToDictionary(e => e.EntryId, e => e.MovementId);
        Assert.All(plan.Added, a => Assert.Contains(a.JudgeEmail, panels[movementOf[a.EntryId]]));
        Assert.True(plan.Balanced);
    }

    [Fact]
    public void Whatever_the_conflicts_no_pair_is_in_conflict_no_judge_twice_on_an_entry_and_no_entry_over_k()
    {
        var gen =
            from entryCount in Gen.Int[1, 60]
            from judgeCount in Gen.Int[1, 8]
            from k in Gen.Int[1, 4]
            from units in Gen.Int[0, 4].Array[entryCount]
            from judgeUnits in Gen.Int[-1, 4].Array[judgeCount]
            select (entryCount, judgeCount, k, units, judgeUnits);

        gen.Sample(t =>
        {
            var entries = Enumerable.Range(0, t.entryCount).Select(i => Entry(i, $"u{t.units[i]}")).ToList();
            var judges = Enumerable.Range(0, t.judgeCount)
                .Select(i => new Judge($"j{i}@x.vn", $"J {i}", t.judgeUnits[i] < 0 ? null : $"u{t.judgeUnits[i]}")).ToList();
            var rules = new ConflictRules(new Dictionary<string, string?> { ["u1"] = "u0", ["u2"] = "u1" });

            var plan = JudgeAssigner.Plan(entries, judges, t.k, [], rules);

            var byEntry = plan.Added.GroupBy(a => a.EntryId).ToDictionary(g => g.Key, g => g.Select(a => a.JudgeEmail).ToList());
            foreach (var entry in entries)
            {
                var mine = byEntry.GetValueOrDefault(entry.EntryId) ?? [];
                if (mine.Count != mine.Distinct().Count()) return false;
                if (mine.Any(email => rules.Between(judges.Single(j => j.Email == email), entry) != Conflict.None)) return false;
                var eligible = judges.Count(j => rules.Between(j, entry) == Conflict.None);
                if (mine.Count != Math.Min(t.k, eligible)) return false;
                if ((mine.Count < t.k) != plan.Unplaced.Any(u => u.EntryId == entry.EntryId)) return false;
            }
            return plan.Added.Count == plan.PerJudge.Values.Sum();
        });
    }

    [Fact]
    public void Without_conflicts_loads_are_always_even()
    {
        Gen.Select(Gen.Int[1, 80], Gen.Int[1, 10], Gen.Int[1, 4]).Sample((entries, judges, k) =>
        {
            var plan = JudgeAssigner.Plan([.. Enumerable.Range(0, entries).Select(i => Entry(i))], Judges(judges), k, [], NoConflicts);
            return plan.Balanced && plan.PerJudge.Values.Max() - plan.PerJudge.Values.Min() <= 1;
        });
    }
}
