namespace ContestServerless.Domain.Judging;

/// <summary>
/// What one run of the assignment decided: the pairs it adds (existing ones are kept), each judge's load after it,
/// what could not be placed, and whether loads differ by at most one.
/// </summary>
public sealed record AssignmentPlan(
    IReadOnlyList<Assignment> Added,
    IReadOnlyDictionary<string, int> PerJudge,
    IReadOnlyList<Unplaced> Unplaced,
    bool Balanced)
{
    /// <summary>Said plainly where conflicts make an even split impossible.</summary>
    public string? Note => Balanced ? null
        : "Không thể chia đều số bài giữa các giám khảo (chênh lệch hơn 1 bài) do các trường hợp cần tránh "
          + "(cùng đơn vị, tác giả trùng tên hoặc e-mail, giám khảo xin rút).";
}
