namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// Every committed contest settings file, with the size of its register, so the register tests run over each: the 2018
/// Sóc Trăng contest (contest.json, data/units.csv; null), the deployment's first, and the 2026 Cần Thơ city contest on
/// the two-tier map (contests/can-tho-2026/), the demo's second contest and a first contest for the stacks that test it.
/// </summary>
public static class CommittedContests
{
    public const string CanTho2026Id = "can-tho-2026";

    /// <summary>Cần Thơ 2026's settings file, relative to the app, as LocalHost:FirstContestFile names it.</summary>
    public const string CanTho2026 = "contests/can-tho-2026/contest.json";

    /// <summary>Settings file, units in its register, groups in its contest file.</summary>
    public static TheoryData<string?, int, int> All => new()
    {
        { null, 74, 9 },
        { CanTho2026, 136, 7 },
    };

    /// <summary>Every contest settings file committed under contests/, so a new one cannot skip the tests above.</summary>
    public static IEnumerable<string> Files() =>
        Directory.EnumerateDirectories(Path.Combine(AppContext.BaseDirectory, "contests"))
            .Select(folder => $"contests/{Path.GetFileName(folder)}/contest.json").Order(StringComparer.Ordinal);
}
