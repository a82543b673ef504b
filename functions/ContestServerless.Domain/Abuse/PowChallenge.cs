namespace ContestServerless.Domain.Abuse;

/// <summary>
/// A proof-of-work challenge in the ALTCHA widget's format (PBKDF2/SHA-256): find the counter whose key, derived
/// from nonce ‖ counter (big-endian uint32) with the salt, starts with <see cref="KeyPrefix"/>. Byte fields are hex;
/// <see cref="ExpiresAt"/> is in Unix seconds.
/// </summary>
public sealed record PowChallenge(
    string Algorithm, string Nonce, string Salt, int Cost, int KeyLength, string KeyPrefix, long ExpiresAt, string Signature);
