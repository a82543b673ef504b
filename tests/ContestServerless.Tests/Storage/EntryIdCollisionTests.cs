using Azure.Data.Tables;
using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Storage;
using ContestServerless.Tests.Infrastructure;

namespace ContestServerless.Tests.Storage;

/// <summary>
/// A new entry's id locator and row are written at once; when the id turns out to be taken, the write that succeeded
/// is taken back, so the taken id's entry keeps its locator and no stray row is left in the new entry's unit.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class EntryIdCollisionTests(ContestStack stack)
{
    private readonly ContestTables _tables = stack.Services.GetRequiredService<ContestTables>();
    private readonly IEntryStore _store = stack.Services.GetRequiredService<IEntryStore>();

    [Fact]
    public async Task An_entry_whose_id_is_taken_in_another_unit_is_refused_and_leaves_no_row()
    {
        var first = Sample.Entry(unitId: "so-noi-vu");
        Assert.True(await _store.AddAsync(first, CancellationToken.None));
        var second = Sample.Entry(unitId: "so-giao-duc-dao-tao", id: first.Id);

        Assert.False(await _store.AddAsync(second, CancellationToken.None));

        Assert.Null(await _store.FindInUnitAsync("so-giao-duc-dao-tao", first.Id, CancellationToken.None));
        Assert.Equal("so-noi-vu", (await _store.FindAsync(first.Id, CancellationToken.None))!.Entry.UnitId);
    }

    [Fact]
    public async Task An_entry_whose_row_is_taken_without_a_locator_is_refused_and_leaves_no_locator()
    {
        var orphan = Sample.Entry(unitId: "so-noi-vu");
        await _tables.Entries.AddEntityAsync(new TableEntity("so-noi-vu", "entry-" + orphan.Id));

        Assert.False(await _store.AddAsync(Sample.Entry(unitId: "so-noi-vu", id: orphan.Id), CancellationToken.None));

        Assert.False((await _tables.EntryIds.GetEntityIfExistsAsync<TableEntity>(orphan.Id, "")).HasValue);
    }
}
