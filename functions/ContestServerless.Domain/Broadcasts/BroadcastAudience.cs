namespace ContestServerless.Domain.Broadcasts;

/// <summary>Whom a broadcast writes to. Every audience is of the request's contest only (purpose limitation).</summary>
public enum BroadcastAudience
{
    /// <summary>Units taking part that have no received entry yet: one message per unit to its focal points.</summary>
    UnitsWithoutEntry,

    /// <summary>Units behind on entries or on the quick report, as the reminders count them.</summary>
    LaggingUnits,

    AllUnits,

    /// <summary>The units of one group (<see cref="BroadcastRequest.Group"/>).</summary>
    UnitGroup,

    /// <summary>Every focal point of every unit taking part, each written to on their own.</summary>
    FocalPoints,

    /// <summary>The authors of the contest's received entries, one message per address.</summary>
    Entrants,

    /// <summary>The authors of the entries shortlisted in any round.</summary>
    Shortlisted,

    /// <summary>The authors of the approved prizes.</summary>
    Winners,

    /// <summary>The judges of one round (<see cref="BroadcastRequest.RoundId"/>).</summary>
    Judges,
}

public static class BroadcastAudiences
{
    public static readonly IReadOnlyList<BroadcastAudience> All = Enum.GetValues<BroadcastAudience>();

    public static string Name(this BroadcastAudience audience) => audience switch
    {
        BroadcastAudience.UnitsWithoutEntry => "units-without-entry",
        BroadcastAudience.LaggingUnits => "lagging-units",
        BroadcastAudience.AllUnits => "all-units",
        BroadcastAudience.UnitGroup => "unit-group",
        BroadcastAudience.FocalPoints => "focal-points",
        BroadcastAudience.Entrants => "entrants",
        BroadcastAudience.Shortlisted => "shortlisted",
        BroadcastAudience.Winners => "winners",
        BroadcastAudience.Judges => "judges",
        _ => throw new ArgumentOutOfRangeException(nameof(audience)),
    };

    public static string Label(this BroadcastAudience audience) => audience switch
    {
        BroadcastAudience.UnitsWithoutEntry => "Các đơn vị chưa có bài dự thi",
        BroadcastAudience.LaggingUnits => "Các đơn vị chậm tiến độ (chưa đủ bài hoặc chưa gửi báo cáo nhanh)",
        BroadcastAudience.AllUnits => "Tất cả đơn vị tham gia",
        BroadcastAudience.UnitGroup => "Các đơn vị của một khối",
        BroadcastAudience.FocalPoints => "Từng cán bộ đầu mối",
        BroadcastAudience.Entrants => "Tác giả các bài dự thi của cuộc thi này",
        BroadcastAudience.Shortlisted => "Tác giả các bài vào vòng trong",
        BroadcastAudience.Winners => "Tác giả các bài đạt giải",
        BroadcastAudience.Judges => "Giám khảo của một vòng chấm",
        _ => throw new ArgumentOutOfRangeException(nameof(audience)),
    };

    /// <summary>Whether each message goes to a unit (its focal points, the first as To and the others in Cc).</summary>
    public static bool ToUnits(this BroadcastAudience audience) =>
        audience is BroadcastAudience.UnitsWithoutEntry or BroadcastAudience.LaggingUnits or BroadcastAudience.AllUnits or BroadcastAudience.UnitGroup;

    public static bool TryParse(string? name, out BroadcastAudience audience)
    {
        foreach (var candidate in All)
        {
            if (candidate.Name() != name) continue;
            audience = candidate;
            return true;
        }
        audience = default;
        return false;
    }
}
