namespace ContestServerless.Domain.Units;

/// <summary>A unit's focal point (cán bộ đầu mối): receives, counts and tracks the unit's entries.</summary>
public sealed record FocalPoint(string Name, string Position, string Email, string Phone);
