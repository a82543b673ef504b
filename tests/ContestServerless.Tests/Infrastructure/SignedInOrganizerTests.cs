namespace ContestServerless.Tests.Infrastructure;

/// <summary>For tests of the organizer API: an organizer signed in for each test, and an entrant to make entries.</summary>
public abstract class SignedInOrganizerTests(ContestStack stack) : IAsyncLifetime
{
    protected ContestStack Stack { get; } = stack;

    protected Entrant Entrant { get; } = new(stack.Http);

    protected HttpClient Organizer { get; private set; } = null!;

    public async Task InitializeAsync() => Organizer = await Stack.SignInAsOrganizerAsync();

    public Task DisposeAsync()
    {
        Organizer.Dispose();
        return Task.CompletedTask;
    }
}
