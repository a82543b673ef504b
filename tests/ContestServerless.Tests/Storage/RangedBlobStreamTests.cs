using System.Security.Cryptography;
using Azure.Storage.Blobs;
using ContestServerless.Functions.Storage;
using ContestServerless.Tests.Infrastructure;

namespace ContestServerless.Tests.Storage;

[Collection(StackCollection.Name)]
public sealed class RangedBlobStreamTests(ContestStack stack)
{
    private readonly BlobContainerClient _container = new BlobServiceClient(stack.Azurite.ConnectionString).GetBlobContainerClient("entries");

    private async Task<(BlobClient Blob, byte[] Content)> UploadAsync(string name, int size)
    {
        var content = RandomNumberGenerator.GetBytes(size);
        var blob = _container.GetBlobClient($"ranged-tests/{name}");
        await blob.UploadAsync(BinaryData.FromBytes(content), overwrite: true);
        return (blob, content);
    }

    [Fact]
    public async Task Reads_anywhere_synchronous_or_not_return_the_blobs_own_bytes()
    {
        var (blob, content) = await UploadAsync("anywhere.bin", 300_001);
        var (stream, _) = (await RangedBlobStream.OpenAsync(blob, 4096, CancellationToken.None))!.Value;
        var random = new Random(3);

        for (var i = 0; i < 200; i++)
        {
            var offset = random.Next(content.Length);
            var buffer = new byte[random.Next(1, 10_000)];
            stream.Position = offset;
            var read = i % 2 == 0
                ? stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)
                : await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false);

            Assert.Equal(Math.Min(buffer.Length, content.Length - offset), read);
            Assert.True(buffer.AsSpan(0, read).SequenceEqual(content.AsSpan(offset, read)), $"bytes differ at {offset}");
        }
        Assert.Equal(content.Length, stream.Length);
    }

    [Fact]
    public async Task Opening_answers_the_size_and_the_md5_storage_computed_from_one_ranged_read()
    {
        var (blob, content) = await UploadAsync("md5.bin", 200_000);

        var (stream, md5) = (await RangedBlobStream.OpenAsync(blob, 64 * 1024, CancellationToken.None))!.Value;

        Assert.Equal(content.Length, stream.Length);
        Assert.Equal(MD5.HashData(content), md5);
        Assert.Equal(1, stream.Fetches);
        Assert.Equal(64 * 1024, stream.BytesFetched);
    }

    [Fact]
    public async Task The_last_kilobyte_of_a_large_blob_costs_one_read_of_its_tail()
    {
        var (blob, content) = await UploadAsync("tail.bin", 1_048_600);
        var (stream, _) = (await RangedBlobStream.OpenAsync(blob, 64 * 1024, CancellationToken.None))!.Value;
        var tail = new byte[1024];

        stream.Position = content.Length - tail.Length;
        await stream.ReadExactlyAsync(tail);

        Assert.True(tail.AsSpan().SequenceEqual(content.AsSpan(content.Length - tail.Length)));
        Assert.Equal(2, stream.Fetches);
    }

    [Fact]
    public async Task A_missing_blob_opens_as_nothing()
    {
        Assert.Null(await RangedBlobStream.OpenAsync(_container.GetBlobClient("ranged-tests/none.bin"), 4096, CancellationToken.None));
    }
}
