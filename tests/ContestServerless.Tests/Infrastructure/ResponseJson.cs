using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>Reads API answers into the very records the functions answer with (Functions' *View types), as the web reads them.</summary>
public static class ResponseJson
{
    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<T> ReadAs<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Web))
        ?? throw new InvalidOperationException($"{(int)response.StatusCode} answered null for {typeof(T).Name}.");

    /// <summary>An application/problem+json answer; <c>Errors</c> is empty when the problem names no field.</summary>
    public static Task<ValidationProblemDetails> ReadProblem(this HttpResponseMessage response) => response.ReadAs<ValidationProblemDetails>();
}
