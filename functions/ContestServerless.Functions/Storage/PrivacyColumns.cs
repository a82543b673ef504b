using System.Text.Json;
using ContestServerless.Domain.Privacy;

namespace ContestServerless.Functions.Storage;

/// <summary>The entry row's guardian, a JSON column (see <see cref="EntryTableRow"/>).</summary>
public static class PrivacyColumns
{
    public const string GuardianColumn = "Guardian";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string? WriteGuardian(Guardian? guardian) => guardian is null ? null : JsonSerializer.Serialize(guardian, Options);

    public static Guardian? ReadGuardian(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<Guardian>(json, Options);
}
