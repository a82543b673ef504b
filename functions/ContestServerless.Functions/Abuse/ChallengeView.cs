namespace ContestServerless.Functions.Abuse;

/// <summary>A challenge as the ALTCHA widget reads it: { parameters: {…}, signature }.</summary>
public sealed record ChallengeView(ChallengeParametersView Parameters, string Signature);
