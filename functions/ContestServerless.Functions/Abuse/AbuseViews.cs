namespace ContestServerless.Functions.Abuse;

/// <summary>A challenge as the ALTCHA widget reads it: { parameters: {…}, signature }.</summary>
public sealed record ChallengeView(ChallengeParametersView Parameters, string Signature);

public sealed record ChallengeParametersView(
    string Algorithm, string Nonce, string Salt, int Cost, int KeyLength, string KeyPrefix, long ExpiresAt);
