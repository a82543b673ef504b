using Microsoft.AspNetCore.Http;

namespace ContestServerless.Functions.Http;

public static class RequestBody
{
    /// <summary>
    /// The whole body in memory, or null when it is larger than <paramref name="maxBytes"/>. Chunked requests carry
    /// no Content-Length, so the limit is also enforced while reading.
    /// </summary>
    public static async Task<MemoryStream?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return null;
        var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > maxBytes) return null;
            body.Write(buffer, 0, read);
        }
        body.Position = 0;
        return body;
    }
}
