namespace ContestServerless.Domain.Privacy;

/// <summary>The organizers' decision on a request, as typed: "granted" or "refused", why, and for a winner's erasure whether the published name is kept.</summary>
public sealed record PrivacyRequestDecisionForm(string? Decision, string? Reason, bool? KeepPublishedName);
