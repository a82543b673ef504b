namespace ContestServerless.Domain.Catalogue;

/// <summary>The catalogue for reading; the first read after a deploy that finds none builds it.</summary>
public sealed class CatalogueReader(ICatalogueStore store, CatalogueRebuild rebuild)
{
    public async Task<CatalogueSnapshot> ReadAsync(CancellationToken cancellationToken) =>
        await store.ReadAsync(cancellationToken) ?? await rebuild.RunAsync(cancellationToken);
}
