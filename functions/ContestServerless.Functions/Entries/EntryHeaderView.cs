using System.Text.Json.Serialization;

namespace ContestServerless.Functions.Entries;

/// <summary>
/// What every organizer view of an entry starts with. The wire shape is flat, so the list row and the details share
/// these fields by inheriting them; the serializer writes a derived record's own properties first, so these carry
/// an earlier order to stay at the front, where the pages and the API always had them.
/// </summary>
public abstract record EntryHeaderView
{
    private const int First = -1;

    [JsonPropertyOrder(First)] public string Id { get; init; } = "";
    [JsonPropertyOrder(First)] public string Title { get; init; } = "";
    [JsonPropertyOrder(First)] public string UnitId { get; init; } = "";
    [JsonPropertyOrder(First)] public string UnitName { get; init; } = "";
    [JsonPropertyOrder(First)] public string Movement { get; init; } = "";
    [JsonPropertyOrder(First)] public string MovementName { get; init; } = "";
    [JsonPropertyOrder(First)] public string Status { get; init; } = "";
    [JsonPropertyOrder(First)] public DateTimeOffset? ReceivedAt { get; init; }
    [JsonPropertyOrder(First)] public DateTimeOffset CreatedAt { get; init; }
}
