using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Catalogue;

/// <summary>
/// Makes the catalogue again from the units' partitions: every entry and every unit's tally. Run after a deploy
/// that finds none, and by hand (POST /api/organizer/catalogue/rebuild) whenever it is in doubt. It writes over the
/// version it read first, so a change the projector applied during the scan makes it scan again rather than be lost.
/// </summary>
public sealed class CatalogueRebuild(IUnitRegister units, IEntryStore entries, ICatalogueStore store, TimeProvider clock)
{
    private const int MaxAttempts = 5;

    public async Task<CatalogueSnapshot> RunAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var before = await store.ReadAsync(cancellationToken);
            var built = await BuildAsync(before?.Version, cancellationToken);
            if (await store.TryWriteAsync(built, cancellationToken) is { } written)
                return written;
            if (attempt == MaxAttempts) throw new InvalidOperationException("The catalogue kept changing during the rebuild.");
            await Contention.BackOffAsync(attempt, cancellationToken);
        }
    }

    /// <summary>The catalogue as the partitions have it now, to be written over <paramref name="version"/>.</summary>
    public async Task<CatalogueSnapshot> BuildAsync(string? version, CancellationToken cancellationToken)
    {
        var register = await units.ListAsync(cancellationToken);
        var tallies = await entries.GetTalliesAsync([.. register.Select(u => u.Id)], cancellationToken);
        var rows = new List<CatalogueRow>();
        await foreach (var entry in entries.ListAllAsync(cancellationToken)) rows.Add(CatalogueRow.From(entry));
        return new CatalogueSnapshot(rows, tallies, clock.GetUtcNow(), version);
    }
}

/// <summary>The catalogue for reading; the first read after a deploy that finds none builds it.</summary>
public sealed class CatalogueReader(ICatalogueStore store, CatalogueRebuild rebuild)
{
    public async Task<CatalogueSnapshot> ReadAsync(CancellationToken cancellationToken) =>
        await store.ReadAsync(cancellationToken) ?? await rebuild.RunAsync(cancellationToken);
}
