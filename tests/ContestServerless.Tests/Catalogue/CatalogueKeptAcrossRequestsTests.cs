using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Contest;

namespace ContestServerless.Tests.Catalogue;

/// <summary>
/// The catalogue store is made per request (it serves the request's contest), but the snapshot it read is the
/// instance's: the next request for the same contest asks storage whether it changed (answered 304) instead of
/// downloading and parsing the whole catalogue again.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class CatalogueKeptAcrossRequestsTests(ContestStack stack)
{
    private async Task<CatalogueSnapshot> ReadInARequestOfItsOwnAsync()
    {
        await using var scope = stack.Services.CreateAsyncScope();
        Assert.True(scope.ServiceProvider.GetRequiredService<ContestChoice>().TryChoose(stack.Services.GetRequiredService<ContestDirectory>().DefaultId));
        return await scope.ServiceProvider.GetRequiredService<CatalogueReader>().ReadAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_second_request_reuses_the_catalogue_the_first_one_read_while_it_has_not_changed()
    {
        var first = await ReadInARequestOfItsOwnAsync();
        var second = await ReadInARequestOfItsOwnAsync();

        // Another test may change the catalogue in between; then the second read is the newer one, never an equal copy.
        Assert.True(ReferenceEquals(first, second) || first.Version != second.Version,
            "The second request downloaded the unchanged catalogue again instead of reusing the instance's copy.");
    }
}
