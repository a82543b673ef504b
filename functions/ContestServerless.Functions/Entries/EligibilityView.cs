namespace ContestServerless.Functions.Entries;

/// <summary>
/// An entry's eligibility as organizers see it: state is "clear", "flagged" (waiting for a decision), "kept" or
/// "excluded"; concerns say what matched.
/// </summary>
public sealed record EligibilityView(
    string State, IReadOnlyList<string> Concerns, string? Reason, string? DecidedBy, DateTimeOffset? DecidedAt);
