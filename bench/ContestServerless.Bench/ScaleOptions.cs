using System.Globalization;

namespace ContestServerless.Bench;

/// <summary>
/// What <c>scale</c> seeds: [units] [entries] of the measured contest (default 2,000 and 50,000), [contests] other
/// contests stored beside it (default 10, 0 for none) of [entriesPerContest] entries each (default 5,000), each with
/// units in the measured contest's proportion (200 at the defaults); <c>--no-exports</c> skips the .xlsx exports.
/// </summary>
public sealed record ScaleOptions(int Units, int Entries, int OtherContests, int EntriesPerContest, bool Exports)
{
    public int UnitsPerContest => (int)Math.Max(1, (long)Units * EntriesPerContest / Math.Max(1, Entries));

    public static ScaleOptions Parse(string[] args)
    {
        var exports = !args.Contains("--no-exports");
        var numbers = args.Where(a => a != "--no-exports").Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        int At(int index, int otherwise) => numbers.Length > index ? numbers[index] : otherwise;
        return new(At(0, 2000), At(1, 50_000), At(2, 10), At(3, 5000), exports);
    }
}
