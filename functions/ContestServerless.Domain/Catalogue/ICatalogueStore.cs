namespace ContestServerless.Domain.Catalogue;

/// <summary>Where the catalogue is kept: one blob, read conditionally and written only over the version read.</summary>
public interface ICatalogueStore
{
    /// <summary>The stored catalogue (the kept copy when it has not changed); null when none was ever written.</summary>
    Task<CatalogueSnapshot?> ReadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes the snapshot over <see cref="CatalogueSnapshot.Version"/> (or creates it when that is null); the
    /// snapshot as written, with its new version, or null when another writer got there first.
    /// </summary>
    Task<CatalogueSnapshot?> TryWriteAsync(CatalogueSnapshot snapshot, CancellationToken cancellationToken);
}
