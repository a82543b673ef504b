namespace ContestServerless.Domain.Reports;

/// <summary>How a unit made the contest known (hình thức tuyên truyền, phổ biến).</summary>
public static class Channels
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["meetings"] = "Hội nghị, cuộc họp",
        ["notices"] = "Văn bản, thông báo",
        ["media"] = "Báo, đài, bản tin",
        ["website"] = "Trang thông tin điện tử, mạng xã hội",
        ["other"] = "Hình thức khác",
    };
}
