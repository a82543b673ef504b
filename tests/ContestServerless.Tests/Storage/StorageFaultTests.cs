using System.Net;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Standing;
using ContestServerless.Tests.Infrastructure;

namespace ContestServerless.Tests.Storage;

/// <summary>Passing storage faults end in 503 with Retry-After, or in success; never in a 500 or a lost or doubled count.</summary>
public sealed class StorageFaultTests(FaultStack faults) : IClassFixture<FaultStack>
{
    private ContestStack Stack => faults.Stack;

    private Task<UnitTally> TallyAsync(string unitId) =>
        Stack.Services.GetRequiredService<IEntryStore>().GetTallyAsync(unitId, CancellationToken.None);

    private static async Task AssertRetryLaterAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing.");
        Assert.Equal("Hệ thống đang bận", (await response.ReadProblem()).Title);
    }

    [Fact]
    public async Task A_busy_blob_store_answers_503_with_Retry_After_and_the_same_submit_then_succeeds_counted_once()
    {
        var entrant = new Entrant(Stack.Http);
        var before = (await TallyAsync("so-tu-phap")).ReceivedEntries;
        var file = TestFiles.Pdf();
        var (id, uploadUrl) = await entrant.CreateAsync(Entrant.Form(size: file.Length, unitId: "so-tu-phap"));
        (await Entrant.UploadAsync(uploadUrl, file)).EnsureSuccessStatusCode();

        // Opening the upload, reading its header, reading its trailer: each fails in turn, as storage does while it restarts.
        for (var passing = 0; passing < 3; passing++)
        {
            faults.Files.FailNext(1, passing);
            var refused = await entrant.SubmitAsync(id);
            await AssertRetryLaterAsync(refused);
        }
        faults.Files.FailNext(0);
        var submitted = await entrant.SubmitAsync(id);
        var again = await entrant.SubmitAsync(id);

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(before + 1, (await TallyAsync("so-tu-phap")).ReceivedEntries);
    }

    [Fact]
    public async Task A_submit_that_keeps_losing_to_other_writers_answers_503_and_counts_once_when_sent_again()
    {
        var entrant = new Entrant(Stack.Http);
        var before = (await TallyAsync("so-tai-chinh")).ReceivedEntries;
        var file = TestFiles.Pdf();
        var (id, uploadUrl) = await entrant.CreateAsync(Entrant.Form(size: file.Length, unitId: "so-tai-chinh"));
        (await Entrant.UploadAsync(uploadUrl, file)).EnsureSuccessStatusCode();

        faults.Store.Contended = true;
        HttpResponseMessage refused;
        try
        {
            refused = await entrant.SubmitAsync(id);
        }
        finally
        {
            faults.Store.Contended = false;
        }
        var submitted = await entrant.SubmitAsync(id);

        await AssertRetryLaterAsync(refused);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(before + 1, (await TallyAsync("so-tai-chinh")).ReceivedEntries);
    }

    [Fact]
    public async Task A_bug_still_answers_500_and_not_a_503()
    {
        var entrant = new Entrant(Stack.Http);
        var file = TestFiles.Pdf();
        var (id, uploadUrl) = await entrant.CreateAsync(Entrant.Form(size: file.Length, unitId: "so-tai-chinh"));
        (await Entrant.UploadAsync(uploadUrl, file)).EnsureSuccessStatusCode();

        faults.Store.Broken = true;
        HttpResponseMessage response;
        try
        {
            response = await entrant.SubmitAsync(id);
        }
        finally
        {
            faults.Store.Broken = false;
        }

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task A_store_that_lost_its_entry_tables_takes_entries_again_without_a_restart()
    {
        var tables = new TableServiceClient(Stack.Azurite.ConnectionString);
        await tables.DeleteTableAsync("Entries");
        await tables.DeleteTableAsync("EntryIds");
        var entrant = new Entrant(Stack.Http);

        await entrant.EnterAsync("so-xay-dung", "Bài nộp sau khi mất bảng");

        Assert.Equal(1, (await TallyAsync("so-xay-dung")).ReceivedEntries);
    }

    /// <summary>
    /// The browser's upload goes straight to storage, so it is the first to meet a lost container; the submit
    /// that follows (through the app) creates it again, and the entrant's second upload lands.
    /// </summary>
    [Fact]
    public async Task A_lost_entries_container_is_created_again_by_the_next_submit_so_the_upload_can_be_repeated()
    {
        var blobs = new BlobServiceClient(Stack.Azurite.ConnectionString);
        await blobs.DeleteBlobContainerAsync("entries");
        var entrant = new Entrant(Stack.Http);
        var file = TestFiles.Pdf();
        var (id, uploadUrl) = await entrant.CreateAsync(Entrant.Form(size: file.Length, unitId: "so-cong-thuong"));

        var lostUpload = await Entrant.UploadAsync(uploadUrl, file);
        var nothingYet = await entrant.SubmitAsync(id);
        var upload = await Entrant.UploadAsync(uploadUrl, file);
        var submitted = await entrant.SubmitAsync(id);

        Assert.Equal(HttpStatusCode.NotFound, lostUpload.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nothingYet.StatusCode);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
    }
}
