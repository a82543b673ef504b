namespace ContestServerless.Domain.Privacy;

/// <summary>What an entrant asks for after submission closed, as typed: "erasure" or "correction", and what.</summary>
public sealed record PrivacyRequestForm(string? Kind, string? Details);
