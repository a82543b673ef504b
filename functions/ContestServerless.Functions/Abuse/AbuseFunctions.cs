using ContestServerless.Domain.Abuse;

namespace ContestServerless.Functions.Abuse;

/// <summary>The public form's protection: the proof-of-work challenge the widget solves.</summary>
public sealed class AbuseFunctions(AbuseGuard guard)
{
    /// <summary>A fresh proof-of-work challenge for the entry form's widget (ALTCHA format), never cached (see CachePolicy).</summary>
    [Function("GetChallenge")]
    public IActionResult GetChallenge([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "challenge")] HttpRequest request)
    {
        var challenge = guard.NewChallenge();
        return new OkObjectResult(new ChallengeView(
            new ChallengeParametersView(challenge.Algorithm, challenge.Nonce, challenge.Salt, challenge.Cost, challenge.KeyLength,
                challenge.KeyPrefix, challenge.ExpiresAt),
            challenge.Signature));
    }
}

/// <summary>A challenge as the ALTCHA widget reads it: { parameters: {…}, signature }.</summary>
public sealed record ChallengeView(ChallengeParametersView Parameters, string Signature);

public sealed record ChallengeParametersView(
    string Algorithm, string Nonce, string Salt, int Cost, int KeyLength, string KeyPrefix, long ExpiresAt);
