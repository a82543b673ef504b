using System.Text.Json.Nodes;

namespace ContestServerless.Bench;

/// <summary>The entry form the benches send, a valid one for a small PDF (the tests' Entrant needs xunit, so it is not linked).</summary>
public static class BenchForm
{
    public static JsonObject For(string unitId, int i, long size) => new()
    {
        ["title"] = $"Người tốt việc tốt số {i}",
        ["movement"] = "giam-ngheo",
        ["unitId"] = unitId,
        ["author"] = new JsonObject
        {
            ["fullName"] = "Nguyễn Thị Lan",
            ["birthYear"] = 1985,
            ["occupation"] = "Giáo viên",
            ["workplace"] = "Trường THCS Phường 5",
            ["address"] = "Phường 5, thành phố Sóc Trăng",
            ["phone"] = "0912 345 678",
            ["email"] = null,
        },
        ["subject"] = new JsonObject { ["name"] = "Lâm Văn Tư", ["address"] = "Huyện Cù Lao Dung", ["summary"] = "Mười năm dạy chữ miễn phí." },
        ["file"] = new JsonObject { ["name"] = "bai-du-thi.pdf", ["size"] = size, ["contentType"] = "application/pdf" },
        ["declaration"] = true,
        ["consent"] = true,
    };
}
