namespace ContestServerless.Tests.Abuse;

/// <summary>The product with its public-form protection on, as deployed: proof of work and limits (a low one per address).</summary>
public sealed class AbuseStack : IAsyncLifetime
{
    public ContestStack Stack { get; } = new()
    {
        Settings =
        {
            ["Abuse:Enabled"] = "true",
            ["Abuse:CreatesPerAddress"] = "2",
            ["Abuse:ChallengeMaxNumber"] = "2000",
        },
    };

    public Task InitializeAsync() => Stack.InitializeAsync();

    public Task DisposeAsync() => Stack.DisposeAsync();
}
