using ContestServerless.Domain.Abuse;
using ContestServerless.Functions.Abuse;

namespace ContestServerless.Tests.Abuse;

/// <summary>The proof of work's own rules, without storage: solved once it matches, refused once expired or forged.</summary>
public sealed class ChallengeTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 2, 0, 0, TimeSpan.Zero);
    private readonly ProofOfWork _proof = new(new byte[32], new AbuseOptions { ChallengeMaxNumber = 300 });

    private static ChallengeView AsWidgetSees(PowChallenge challenge) => new(
        new ChallengeParametersView(challenge.Algorithm, challenge.Nonce, challenge.Salt, challenge.Cost, challenge.KeyLength,
            challenge.KeyPrefix, challenge.ExpiresAt),
        challenge.Signature);

    [Fact]
    public void A_solution_found_as_the_widget_finds_it_is_accepted_until_the_challenge_expires()
    {
        var challenge = _proof.Create(Now);
        var payload = PowSolver.Solve(AsWidgetSees(challenge));

        Assert.Equal(challenge.Nonce, _proof.Verify(payload, Now.AddMinutes(19))?.Nonce);
        Assert.Null(_proof.Verify(payload, Now.AddMinutes(20)));
    }

    [Fact]
    public void A_solution_signed_with_another_key_is_refused()
    {
        var other = new ProofOfWork(Enumerable.Repeat((byte)7, 32).ToArray(), new AbuseOptions { ChallengeMaxNumber = 300 });
        var payload = PowSolver.Solve(AsWidgetSees(other.Create(Now)));

        Assert.Null(_proof.Verify(payload, Now));
    }

    [Fact]
    public void Challenges_differ_and_need_work_up_to_the_configured_number()
    {
        var challenges = Enumerable.Range(0, 20).Select(_ => _proof.Create(Now)).ToList();

        Assert.Equal(20, challenges.Select(c => c.Nonce).Distinct().Count());
        Assert.All(challenges, c => Assert.Equal(64, c.KeyPrefix.Length));
    }
}
