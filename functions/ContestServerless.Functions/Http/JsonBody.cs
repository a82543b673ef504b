using System.Text.Json;
using ContestServerless.Domain.Common;
using Microsoft.AspNetCore.Http;

namespace ContestServerless.Functions.Http;

public static class JsonBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The largest valid entry form is a few kilobytes; anything far bigger is refused unread.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>Reads a JSON body; malformed JSON or a value of the wrong type becomes a problem naming the field.</summary>
    public static async Task<Result<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (await RequestBody.ReadAsync(request, MaxBytes, cancellationToken) is not { } body) return TooLarge();

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

    private static Problem TooLarge() =>
        new(ProblemKind.Invalid, "Dữ liệu gửi lên quá lớn", $"Nội dung yêu cầu không được vượt quá {MaxBytes / 1024} KB.");

    private static Problem Malformed(string detail) =>
        new(ProblemKind.Invalid, "Dữ liệu gửi lên không hợp lệ", detail);

    /// <summary>"$.author.birthYear" → "author.birthYear", the key the form uses for that field.</summary>
    private static string JsonPathToField(string path) =>
        path.TrimStart('$', '.').Replace("['", "").Replace("']", "");
}
