namespace ContestServerless.Domain.Results;

/// <summary>A judge present at the meeting, with the role they held (Trưởng ban, Thành viên …).</summary>
public sealed record MinutesJudge(string Name, string Role);
