namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// The product on the 2026 Cần Thơ city profile (two-tier map: city departments and 103 communes and wards, no
/// district level), with its own Azurite and local host on free ports, open now as the shared stack is.
/// </summary>
public sealed class CanThoStack : IAsyncLifetime
{
    public ContestStack Stack { get; } = new() { Profile = ContestProfiles.CanTho2026 };

    public Task InitializeAsync() => Stack.InitializeAsync();

    public Task DisposeAsync() => Stack.DisposeAsync();
}
