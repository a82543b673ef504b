using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// How records kept as JSON inside a row or a blob are written: web (camel-case) names and enums by name, so that a
/// stored value still reads after an enum is reordered. Every store shares it; the contest record has its own
/// source-generated context with the same settings (<c>ContestJson</c>).
/// </summary>
public static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
