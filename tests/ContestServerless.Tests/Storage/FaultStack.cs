using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Storage;
using ContestServerless.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContestServerless.Tests.Storage;

/// <summary>
/// A stack of its own whose entry files and entry store can be told to fail, and whose tables and containers
/// the tests may delete, so the shared stack never sees these faults.
/// </summary>
public sealed class FaultStack : IAsyncLifetime
{
    public ContestStack Stack { get; } = new()
    {
        ConfigureServices = services =>
        {
            services.AddSingleton(sp => new FaultyEntryFiles(ActivatorUtilities.CreateInstance<BlobEntryFiles>(sp)));
            services.Replace(ServiceDescriptor.Singleton<IEntryFiles>(sp => sp.GetRequiredService<FaultyEntryFiles>()));
            services.AddSingleton(sp => new ContendedEntryStore(ActivatorUtilities.CreateInstance<TableEntryStore>(sp)));
            services.Replace(ServiceDescriptor.Singleton<IEntryStore>(sp => sp.GetRequiredService<ContendedEntryStore>()));
        },
    };

    public FaultyEntryFiles Files => Stack.Services.GetRequiredService<FaultyEntryFiles>();

    public ContendedEntryStore Store => Stack.Services.GetRequiredService<ContendedEntryStore>();

    public Task InitializeAsync() => Stack.InitializeAsync();

    public Task DisposeAsync() => Stack.DisposeAsync();
}
