namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// Every committed contest profile, with the size of its register, so the register tests run over each: the 2018
/// Sóc Trăng contest (contest.json, data/units.csv; null) and the 2026 Cần Thơ city contest on the two-tier map.
/// </summary>
public static class ContestProfiles
{
    public const string CanTho2026 = "can-tho-2026";

    /// <summary>Profile, units in its register, groups in its contest file.</summary>
    public static TheoryData<string?, int, int> All => new()
    {
        { null, 74, 9 },
        { CanTho2026, 136, 7 },
    };

    /// <summary>Every profile folder committed under profiles/, so a new one cannot skip the tests above.</summary>
    public static IEnumerable<string> Folders() =>
        Directory.EnumerateDirectories(Path.Combine(AppContext.BaseDirectory, "profiles")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
}
