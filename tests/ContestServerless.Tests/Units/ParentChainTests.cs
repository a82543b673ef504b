using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using ContestServerless.Domain.Units;

namespace ContestServerless.Tests.Units;

/// <summary>
/// The import checks every line's parent chain for loops against the register's links walked once, so a file of
/// deep chains costs its length, not its square; and the answers stay those of walking each chain.
/// </summary>
public sealed class ParentChainTests
{
    private static readonly DateTimeOffset Now = new(2018, 4, 20, 3, 0, 0, TimeSpan.Zero);
    private const string Header = "Mã đơn vị,Tên đơn vị,Nhóm,Mã đơn vị cấp trên";

    private static UnitImportPreview Preview(string csv, IReadOnlyList<Unit>? register = null)
    {
        var lines = UnitSheet.Read(UnitCsv.ReadRows(new StringReader(csv)).ToList());
        Assert.Null(lines.Problem);
        return UnitImport.Preview(lines.Value!, register ?? [], TestContest.OpenAround(Now));
    }

    private static string Chain(int levels, bool parentsLast = false)
    {
        var lines = Enumerable.Range(1, levels).Select(i => $"c-{i},Đơn vị {i},huyen,{(i > 1 ? $"c-{i - 1}" : "")}");
        return Header + "\n" + string.Join('\n', parentsLast ? lines.Reverse() : lines) + "\n";
    }

    [Fact]
    public void Checking_every_unit_of_a_deep_chain_looks_each_parent_up_a_bounded_number_of_times()
    {
        const int levels = 3_000;
        var register = new CountingRegister(Enumerable.Range(1, levels)
            .Select(i => Sample.Unit($"c-{i}", "huyen", i > 1 ? $"c-{i - 1}" : null))
            .ToDictionary(u => u.Id, StringComparer.Ordinal));
        var contest = TestContest.OpenAround(Now);

        // As the import does: the links walked once, then every unit checked against the register without it.
        var chains = new ParentChains(register);
        foreach (var unit in register.Values.ToList())
        {
            var (valid, errors) = UnitRules.Validate(new UnitRequest(unit.Id, unit.Name, unit.Group, unit.ParentId, null, null, null), contest,
                new RegisterWithout(register, unit.Id), chains: chains);
            Assert.NotNull(valid);
            Assert.Empty(errors);
        }

        // Walking each unit's chain to the top would look up levels²/2 = 4,500,000 parents.
        Assert.InRange(register.Lookups, levels, 10 * levels);
    }

    [Fact]
    public void The_import_walks_a_deep_chain_once_for_the_whole_file()
    {
        // Memory, not time, tells the two walks apart on a busy machine: walking the links again for each line would
        // allocate a register's worth of bookkeeping per line (gigabytes for 3,000 levels), one walk a few megabytes.
        var csv = Chain(3_000);
        Preview(Chain(10));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var preview = Preview(csv);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.False(preview.HasRejections);
        Assert.InRange(allocated, 0, 64L * 1024 * 1024);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_deep_chain_is_added_whole_whichever_order_its_lines_come_in(bool parentsLast)
    {
        var preview = Preview(Chain(5_000, parentsLast));

        Assert.False(preview.HasRejections);
        Assert.Equal(5_000, preview.Units.Count);
    }

    [Fact]
    public void A_loop_at_the_top_of_a_deep_chain_rejects_its_own_lines_only()
    {
        var csv = new StringBuilder(Chain(2_000));
        csv.Append("c-1-loop,Vòng,huyen,c-1-back\nc-1-back,Vòng,huyen,c-1-loop\n");
        var preview = Preview(csv.ToString().Replace("c-1,Đơn vị 1,huyen,\n", "c-1,Đơn vị 1,huyen,c-1-loop\n", StringComparison.Ordinal));

        var rejected = preview.Lines.Where(l => l.Outcome == ImportOutcome.Rejected).ToList();
        // The chain hanging below the loop is not blamed for it: the loop is reported on its own lines.
        Assert.Equal(["c-1-loop", "c-1-back"], rejected.Select(l => l.Id));
        Assert.Contains("Đơn vị cấp trên tạo thành vòng lặp: c-1-loop → c-1-back → c-1-loop.", rejected[0].Notes);
        Assert.Equal(2_000, preview.Units.Count);
    }

    [Fact]
    public void A_long_loop_is_named_by_its_first_units_then_an_ellipsis()
    {
        var lines = Enumerable.Range(1, 20).Select(i => $"l-{i},Đơn vị {i},huyen,l-{i % 20 + 1}");
        var preview = Preview(Header + "\n" + string.Join('\n', lines) + "\n");

        Assert.All(preview.Lines, l => Assert.Equal(ImportOutcome.Rejected, l.Outcome));
        Assert.Contains("Đơn vị cấp trên tạo thành vòng lặp: l-1 → l-2 → l-3 → l-4 → l-5 → l-6 → l-7 → l-8 → … → l-1.",
            preview.Lines[0].Notes);
        Assert.Contains("Đơn vị cấp trên tạo thành vòng lặp: l-20 → l-1 → l-2 → l-3 → l-4 → l-5 → l-6 → l-7 → … → l-20.",
            preview.Lines[19].Notes);
    }

    [Fact]
    public void A_unit_made_its_own_parent_or_given_a_missing_one_is_rejected_as_before()
    {
        var preview = Preview($"{Header}\nx-1,X,huyen,x-1\nx-2,X,huyen,khong-co\nx-3,X,huyen,x-2\n");

        Assert.Contains("Đơn vị không thể là cấp trên của chính mình.", preview.Lines[0].Notes);
        Assert.Contains("Đơn vị cấp trên “khong-co” không tồn tại.", preview.Lines[1].Notes);
        // Its parent is refused, but exists in the file: the line itself is sound.
        Assert.Equal(ImportOutcome.Added, preview.Lines[2].Outcome);
    }

    [Fact]
    public void A_repeated_id_is_checked_with_the_parent_each_of_its_lines_gives()
    {
        var preview = Preview($"{Header}\nx-1,X,huyen,y-1\ny-1,Y,huyen,x-1\nx-1,X,huyen,\n");

        Assert.Contains("Đơn vị cấp trên tạo thành vòng lặp: x-1 → y-1 → x-1.", preview.Lines[0].Notes);
        Assert.DoesNotContain(preview.Lines[2].Notes, n => n.Contains("vòng lặp", StringComparison.Ordinal));
        Assert.Equal(ImportOutcome.Added, preview.Lines[1].Outcome);
    }

    [Fact]
    public void Saving_one_unit_whose_parent_chain_comes_back_to_it_is_refused()
    {
        // The register without the unit being saved, as the form's save checks it: b-2's chain runs up to a-1.
        var others = new[] { Sample.Unit("b-1", "huyen", "a-1"), Sample.Unit("b-2", "huyen", "b-1"), Sample.Unit("c-1", "huyen") }
            .ToDictionary(u => u.Id, StringComparer.Ordinal);
        var contest = TestContest.OpenAround(Now);

        var (looping, errors) = UnitRules.Validate(new UnitRequest("a-1", "A", "huyen", "b-2", null, null, null), contest, others);
        var (sound, _) = UnitRules.Validate(new UnitRequest("a-1", "A", "huyen", "c-1", null, null, null), contest, others);

        Assert.Null(looping);
        Assert.Equal("Đơn vị cấp trên tạo thành vòng lặp: a-1 → b-2 → b-1 → a-1.", errors.Single().Message);
        Assert.NotNull(sound);
    }

    /// <summary>A register that counts every look-up of a unit by id.</summary>
    private sealed class CountingRegister(Dictionary<string, Unit> units) : IReadOnlyDictionary<string, Unit>
    {
        public int Lookups { get; private set; }

        public Unit this[string key]
        {
            get
            {
                Lookups++;
                return units[key];
            }
        }

        public IEnumerable<string> Keys => units.Keys;

        public IEnumerable<Unit> Values => units.Values;

        public int Count => units.Count;

        public bool ContainsKey(string key)
        {
            Lookups++;
            return units.ContainsKey(key);
        }

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out Unit value)
        {
            Lookups++;
            return units.TryGetValue(key, out value);
        }

        public IEnumerator<KeyValuePair<string, Unit>> GetEnumerator() => units.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
