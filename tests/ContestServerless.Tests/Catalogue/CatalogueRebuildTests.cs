using System.Text.Json;
using Azure.Storage.Blobs;
using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Standing;
using ContestServerless.Functions.Catalogue;
using ContestServerless.Functions.Entries;
using ContestServerless.Functions.Storage;

namespace ContestServerless.Tests.Catalogue;

[Collection(StackCollection.Name)]
public sealed class CatalogueRebuildTests(ContestStack stack) : SignedInOrganizerTests(stack)
{
    /// <summary>The catalogue in a form two equal catalogues share: rows and tallies by id, counts without zeros, keys sorted.</summary>
    private static string Normalized(CatalogueSnapshot snapshot)
    {
        static object Tally(UnitTally t) => new
        {
            t.UnitId, t.ReceivedEntries, t.LastReceivedAt, t.HandedIn, t.Forwarded, t.HeldBack, t.ReportVersions, t.ReportFirstFiledAt, t.ReportFirstLate,
            ByMovement = t.ByMovement.Where(p => p.Value != 0).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}").ToList(),
            ByDay = t.ByDay.Where(p => p.Value != 0).OrderBy(p => p.Key).Select(p => $"{p.Key:O}={p.Value}").ToList(),
        };
        return JsonSerializer.Serialize(new
        {
            Rows = snapshot.Rows.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToList(),
            Tallies = snapshot.Tallies.Values.OrderBy(t => t.UnitId, StringComparer.Ordinal).Select(Tally).ToList(),
        });
    }

    [Fact]
    public async Task A_rebuild_from_the_partitions_equals_the_catalogue_the_projector_kept()
    {
        // Changes of every kind: received, pending, a pending entry cleared, handed in and screened by a unit, a quick report.
        var unit = await TestUnits.AddAsync(Organizer, "danh-muc-dung-lai");
        await Entrant.EnterAsync(Entrant.Form(unitId: unit), TestFiles.Pdf());
        await Entrant.EnterAsync(Entrant.Form(unitId: unit), TestFiles.Pdf());
        var (abandoned, _) = await Entrant.CreateAsync(Entrant.Form(unitId: unit));
        await Entrant.CreateAsync(Entrant.Form(unitId: unit));
        var store = Stack.Services.GetRequiredService<IEntryStore>();
        Assert.True(await store.DeletePendingAsync((await store.FindAsync(abandoned, CancellationToken.None))!, CancellationToken.None));
        var received = (await store.FindAsync((await Entrant.EnterAsync(Entrant.Form(unitId: unit), TestFiles.Pdf())), CancellationToken.None))!;
        received.Entry.Screen(Screening.HeldBack, "Trùng đề tài", DateTimeOffset.UtcNow);
        Assert.True(await store.SaveAsync(received.Entry, received.Version, CancellationToken.None));

        await Stack.CatalogueCaughtUpAsync();
        var kept = await Stack.Services.GetRequiredService<ICatalogueStore>().ReadAsync(CancellationToken.None);
        var rebuilt = await Stack.Services.GetRequiredService<CatalogueRebuild>().BuildAsync(null, CancellationToken.None);

        Assert.NotNull(kept);
        Assert.DoesNotContain(abandoned, kept.Rows.Keys);
        Assert.Equal(3, kept.Tallies[unit].ReceivedEntries);
        Assert.Equal(1, kept.Tallies[unit].HeldBack);
        Assert.Equal(Normalized(rebuilt), Normalized(kept));
    }

    [Fact]
    public async Task The_rebuild_command_makes_the_catalogue_again_after_it_was_lost()
    {
        var unit = await TestUnits.AddAsync(Organizer, "danh-muc-mat");
        var id = await Entrant.EnterAsync(Entrant.Form(unitId: unit), TestFiles.Pdf());
        await Stack.CatalogueCaughtUpAsync();
        var options = Stack.Services.GetRequiredService<StorageOptions>();
        await Stack.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(options.CatalogueContainer)
            .DeleteBlobAsync(BlobCatalogueStore.BlobName);

        var response = await Organizer.PostAsync("/api/organizer/catalogue/rebuild", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rebuilt = await response.ReadAs<CatalogueRebuildView>();
        Assert.True(rebuilt.Entries > 0);
        var page = (await Organizer.GetFromJsonAsync<EntryPageView>($"/api/organizer/entries?unit={unit}&pageSize=200"))!;
        Assert.Contains(id, page.Entries.Select(e => e.Id));
    }
}
