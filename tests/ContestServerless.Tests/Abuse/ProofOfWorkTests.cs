using System.Text;
using ContestServerless.Functions.Abuse;
using ContestServerless.Functions.Contest;

namespace ContestServerless.Tests.Abuse;

/// <summary>A public create needs a solved, signed, unexpired challenge, once.</summary>
[Collection(AbuseStackCollection.Name)]
public sealed class ProofOfWorkTests(AbuseStack abuse)
{
    private HttpClient Http => abuse.Stack.Http;

    private Task<HttpResponseMessage> CreateAsync(string? proof, string email)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/entries") { Content = JsonContent.Create(Entrant.Form(email: email)) };
        if (proof is not null) request.Headers.Add("X-Altcha", proof);
        return Http.SendAsync(request);
    }

    [Fact]
    public async Task The_contest_tells_the_form_to_show_the_challenge_and_the_challenge_is_never_cached()
    {
        var contest = await Http.GetFromJsonAsync<ContestView>("/api/contest");
        var response = await Http.GetAsync("/api/challenge");
        var challenge = await response.ReadAs<ChallengeView>();

        Assert.True(contest!.ProofOfWork);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("PBKDF2/SHA-256", challenge.Parameters.Algorithm);
        Assert.Equal(64, challenge.Signature.Length);
    }

    [Fact]
    public async Task A_create_without_a_solved_challenge_is_refused_and_stores_nothing()
    {
        var response = await CreateAsync(proof: null, "khong-giai@example.org");
        var problem = await response.ReadProblem();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("Chưa xác minh được trình duyệt", problem.Errors["proofOfWork"][0]);
    }

    [Fact]
    public async Task A_solved_challenge_lets_one_create_through_and_a_second_use_is_refused()
    {
        var proof = await PowSolver.FetchAndSolveAsync(Http);

        var first = await CreateAsync(proof, "mot-lan@example.org");
        var replay = await CreateAsync(proof, "mot-lan-nua@example.org");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Contains("đã được dùng", (await replay.ReadProblem()).Errors["proofOfWork"][0]);
    }

    [Theory]
    [InlineData("keyPrefix")]
    [InlineData("expiresAt")]
    [InlineData("signature")]
    public async Task A_challenge_changed_by_the_browser_is_refused(string field)
    {
        var challenge = (await Http.GetFromJsonAsync<ChallengeView>("/api/challenge"))!;
        var parameters = challenge.Parameters;
        var changed = field switch
        {
            // An easier prefix (the key of counter 0) would make the work free; a later expiry would make it last.
            "keyPrefix" => challenge with { Parameters = parameters with { KeyPrefix = KeyOfCounterZero(parameters) } },
            "expiresAt" => challenge with { Parameters = parameters with { ExpiresAt = parameters.ExpiresAt + 86_400 } },
            _ => challenge with { Signature = new string('0', 64) },
        };

        var response = await CreateAsync(PowSolver.Solve(changed), $"sua-{field.ToLowerInvariant()}@example.org");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("not base64 at all")]
    [InlineData("eyJ9")]
    [InlineData("e30=")]
    public async Task A_malformed_proof_is_refused_as_bad_input(string proof)
    {
        var response = await CreateAsync(proof, "hong@example.org");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_huge_proof_header_is_refused_unread()
    {
        var response = await CreateAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(new string('a', 6000))), "to@example.org");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string KeyOfCounterZero(ChallengeParametersView parameters)
    {
        var nonce = Convert.FromHexString(parameters.Nonce);
        var password = new byte[nonce.Length + 4];
        nonce.CopyTo(password, 0);
        var key = System.Security.Cryptography.Rfc2898DeriveBytes.Pbkdf2(password, Convert.FromHexString(parameters.Salt),
            1, System.Security.Cryptography.HashAlgorithmName.SHA256, 32);
        return Convert.ToHexStringLower(key);
    }
}
