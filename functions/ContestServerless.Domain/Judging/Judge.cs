namespace ContestServerless.Domain.Judging;

/// <summary>A member of the jury (Ban Giám khảo) as assignment sees them: who they are and where they work.</summary>
public sealed record Judge(string Email, string Name, string? UnitId = null);
