using ContestServerless.Domain.Abuse;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Abuse;

/// <summary>A fresh proof-of-work challenge for the entry form's widget (ALTCHA format), never cached (see CachePolicy).</summary>
public sealed class GetChallenge(AbuseGuard guard)
{
    [Function(nameof(GetChallenge))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "challenge")] HttpRequest request)
    {
        var challenge = guard.NewChallenge();
        return new OkObjectResult(new ChallengeView(
            new ChallengeParametersView(challenge.Algorithm, challenge.Nonce, challenge.Salt, challenge.Cost, challenge.KeyLength,
                challenge.KeyPrefix, challenge.ExpiresAt),
            challenge.Signature));
    }
}
