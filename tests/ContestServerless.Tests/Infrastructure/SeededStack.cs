namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// A stack of its own for a test class (its fixture), seeded once through the organizers' API before the class's
/// tests run, so they can count on what <see cref="SeedAsync"/> made and nothing else touches it.
/// </summary>
public abstract class SeededStack(ContestStack stack) : IAsyncLifetime
{
    public ContestStack Stack { get; } = stack;

    public async Task InitializeAsync()
    {
        await Stack.InitializeAsync();
        using var organizer = await Stack.SignInAsOrganizerAsync();
        await SeedAsync(organizer);
    }

    protected abstract Task SeedAsync(HttpClient organizer);

    public Task DisposeAsync() => Stack.DisposeAsync();
}
