using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;

namespace ContestServerless.Domain.Results;

/// <summary>
/// A prize tier (e.g. "Giải Nhất", 5 prizes): how many entries it takes, optionally only from one movement, and the
/// prize amount in đồng when there is one. Settable properties so contest.json binds it.
/// </summary>
public sealed record PrizeTier
{
    public const int MaxTiers = 20;

    public string Name { get; init; } = "";

    public int Quota { get; init; }

    /// <summary>When set, the tier takes entries of this movement only.</summary>
    public string? MovementId { get; init; }

    public decimal? Amount { get; init; }

    /// <summary>The tiers organizers typed, each checked; problems go to <paramref name="errors"/> under "<paramref name="field"/>[i].name" and so on.</summary>
    public static List<PrizeTier> ReadAll(IReadOnlyList<PrizeTierRequest?>? given, ContestOptions contest, Dictionary<string, string[]> errors, string field = "tiers")
    {
        given ??= [];
        var tiers = new List<PrizeTier>();
        if (given.Count is 0 or > MaxTiers) errors[field] = ["Cần từ 1 đến 20 hạng giải."];
        for (var i = 0; i < given.Count; i++)
        {
            var t = given[i] ?? new PrizeTierRequest(null, null, null, null);
            var name = new FreeText("tên hạng giải", 100, Missing: "Vui lòng nhập tên hạng giải.").Read($"{field}[{i}].name", t.Name, errors);
            if (t.Quota is not (>= 0 and <= 1000)) errors[$"{field}[{i}].quota"] = ["Số giải phải từ 0 đến 1.000."];
            var movement = Text.Clean(t.MovementId);
            if (movement.Length > 0 && contest.FindMovement(movement) is null) errors[$"{field}[{i}].movementId"] = ["Phong trào thi đua không hợp lệ."];
            if (t.Amount is < 0) errors[$"{field}[{i}].amount"] = ["Giá trị giải không được âm."];
            tiers.Add(new PrizeTier { Name = name, Quota = t.Quota ?? 0, MovementId = movement.Length > 0 ? movement : null, Amount = t.Amount });
        }
        if (tiers.GroupBy(t => t.Name).Any(g => g.Key.Length > 0 && g.Count() > 1)) errors[field] = ["Tên các hạng giải không được trùng nhau."];
        return tiers;
    }
}

public sealed record PrizeTierRequest(string? Name, int? Quota, string? MovementId, decimal? Amount);

/// <summary>Organizers set the tiers and, optionally, the round results come from.</summary>
public sealed record ResultsSettingsRequest(List<PrizeTierRequest>? Tiers, string? RoundId);
