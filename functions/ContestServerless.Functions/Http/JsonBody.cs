using System.Text.Json;
using ContestServerless.Domain.Common;

namespace ContestServerless.Functions.Http;

public static class JsonBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public const string JsonMediaType = "application/json";

    /// <summary>The largest valid entry form is a few kilobytes; anything far bigger is refused unread.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>
    /// Reads a JSON body; malformed JSON or a value of the wrong type becomes a problem naming the field. Every JSON
    /// route reads its body here, so this is the one place that refuses other formats (415): a cross-site HTML form
    /// can send text/plain, form-urlencoded or multipart bodies without a preflight, but never application/json.
    /// A request with no body and no Content-Type is read as empty, so body-less POSTs keep working.
    /// </summary>
    public static async Task<Result<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        var declared = RequestBody.MediaType(request);
        if (declared is not null && !string.Equals(declared, JsonMediaType, StringComparison.OrdinalIgnoreCase))
            return RequestBody.UnsupportedMediaType(JsonMediaType);
        if (await RequestBody.ReadAsync(request, MaxBytes, cancellationToken) is not { } body) return TooLarge();
        if (declared is null && body.Length > 0) return RequestBody.UnsupportedMediaType(JsonMediaType);

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(body, Options, cancellationToken);
            return value is null ? Malformed("Nội dung yêu cầu trống.") : value;
        }
        catch (JsonException e) when (e.Path is { Length: > 2 } path && e.InnerException is null or InvalidOperationException or FormatException)
        {
            var field = JsonPathToField(path);
            return field.Length == 0
                ? Malformed("Nội dung yêu cầu không phải là JSON hợp lệ.")
                : Problem.InvalidField(field, "Giá trị không đúng kiểu dữ liệu.");
        }
        catch (JsonException)
        {
            return Malformed("Nội dung yêu cầu không phải là JSON hợp lệ.");
        }
    }

    /// <summary>
    /// The shape of every route with a body: read it (see <see cref="ReadAsync{T}"/>), answer its problem when it cannot
    /// be read, or go on with it.
    /// </summary>
    public static async Task<IActionResult> HandleAsync<T>(HttpRequest request, CancellationToken cancellationToken, Func<T, Task<IActionResult>> handle)
        where T : class
    {
        var body = await ReadAsync<T>(request, cancellationToken);
        return body.Problem is { } malformed ? ApiResults.Problem(malformed) : await handle(body.Value!);
    }

    /// <summary>
    /// <see cref="HandleAsync{T}"/> for a route whose body may be left out: without one (no length, no Content-Type) it
    /// goes on with null, so a body-less POST is not refused for its missing Content-Type.
    /// </summary>
    public static Task<IActionResult> HandleOptionalAsync<T>(HttpRequest request, CancellationToken cancellationToken, Func<T?, Task<IActionResult>> handle)
        where T : class =>
        request.ContentLength > 0 || request.Headers.ContentType.Count > 0
            ? HandleAsync<T>(request, cancellationToken, body => handle(body))
            : handle(null);

    private static Problem TooLarge() =>
        new(ProblemKind.Invalid, "Dữ liệu gửi lên quá lớn", $"Nội dung yêu cầu không được vượt quá {MaxBytes / 1024} KB.");

    private static Problem Malformed(string detail) =>
        new(ProblemKind.Invalid, "Dữ liệu gửi lên không hợp lệ", detail);

    /// <summary>"$.author.birthYear" → "author.birthYear", the key the form uses for that field.</summary>
    private static string JsonPathToField(string path) =>
        path.TrimStart('$', '.').Replace("['", "").Replace("']", "");
}
