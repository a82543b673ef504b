namespace ContestServerless.Functions.Abuse;

public sealed record ChallengeParametersView(
    string Algorithm, string Nonce, string Salt, int Cost, int KeyLength, string KeyPrefix, long ExpiresAt);
