using ContestServerless.Domain.Common;
using Microsoft.Net.Http.Headers;

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

    /// <summary>The declared media type without its parameters ("application/json; charset=utf-8" → "application/json"); null when none, "" when unreadable.</summary>
    public static string? MediaType(HttpRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.ContentType)) return null;
        return MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) && parsed.MediaType.HasValue
            ? parsed.MediaType.Value
            : "";
    }

    public static Problem UnsupportedMediaType(string expected) =>
        new(ProblemKind.UnsupportedMediaType, "Định dạng dữ liệu gửi lên không được hỗ trợ",
            $"Nội dung yêu cầu phải ở định dạng {expected}.");
}
