namespace ContestServerless.Functions.Judging;

/// <summary>"accept" or "exclude", with the secretariat's reason.</summary>
public sealed record CopyDecisionRequest(string? Decision, string? Reason);
