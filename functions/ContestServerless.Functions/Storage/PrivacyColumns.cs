using System.Text.Json;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Privacy;

namespace ContestServerless.Functions.Storage;

/// <summary>JSON columns for the privacy feature's rows: an entry's guardian, a version's snapshot.</summary>
public static class PrivacyColumns
{
    public const string GuardianColumn = "Guardian";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string? WriteGuardian(Guardian? guardian) => guardian is null ? null : JsonSerializer.Serialize(guardian, Options);

    public static Guardian? ReadGuardian(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<Guardian>(json, Options);

    public static string WriteVersion(EntryVersion version) => JsonSerializer.Serialize(version, Options);

    public static EntryVersion ReadVersion(string json) => JsonSerializer.Deserialize<EntryVersion>(json, Options)!;
}
