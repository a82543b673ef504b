using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;

namespace ContestServerless.Functions.Backup;

/// <summary>
/// A table row as one line of JSON, in the Table service's own wire form: each property's value, and beside it
/// <c>Name@odata.type</c> for every type JSON alone would lose (Int64 as a string, DateTime, Guid, Binary as base64,
/// and every Double, so 2.0 does not come back as the Int32 2). A row restored from its line has the same keys,
/// properties, values and EDM types; only its Timestamp and ETag are the service's new ones.
/// </summary>
public static class BackupRows
{
    private const string TypeSuffix = "@odata.type";

    public static void Write(Utf8JsonWriter json, TableEntity row)
    {
        json.WriteStartObject();
        json.WriteString("PartitionKey", row.PartitionKey);
        json.WriteString("RowKey", row.RowKey);
        foreach (var (name, value) in row)
        {
            if (name is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag" || value is null) continue;
            switch (value)
            {
                case string text: json.WriteString(name, text); break;
                case bool flag: json.WriteBoolean(name, flag); break;
                case int number: json.WriteNumber(name, number); break;
                case long number: Typed(json, name, "Edm.Int64", number.ToString(CultureInfo.InvariantCulture)); break;
                case double number when double.IsFinite(number):
                    json.WriteNumber(name, number);
                    json.WriteString(name + TypeSuffix, "Edm.Double");
                    break;
                // The service's own spelling of the values JSON has no number for.
                case double number: Typed(json, name, "Edm.Double", double.IsNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity"); break;
                case DateTimeOffset instant: Typed(json, name, "Edm.DateTime", instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)); break;
                case DateTime instant: Typed(json, name, "Edm.DateTime", instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)); break;
                case Guid id: Typed(json, name, "Edm.Guid", id.ToString("D")); break;
                case byte[] bytes: Typed(json, name, "Edm.Binary", Convert.ToBase64String(bytes)); break;
                case BinaryData bytes: Typed(json, name, "Edm.Binary", Convert.ToBase64String(bytes.ToMemory().Span)); break;
                default: throw new NotSupportedException($"Property {name} of a row in partition {row.PartitionKey} has a type a table cannot hold: {value.GetType()}.");
            }
        }
        json.WriteEndObject();
    }

    private static void Typed(Utf8JsonWriter json, string name, string type, string value)
    {
        json.WriteString(name, value);
        json.WriteString(name + TypeSuffix, type);
    }

    public static TableEntity Read(ReadOnlySpan<byte> line)
    {
        using var document = JsonDocument.Parse(line.ToArray());
        var root = document.RootElement;
        var row = new TableEntity(root.GetProperty("PartitionKey").GetString()!, root.GetProperty("RowKey").GetString()!);
        foreach (var property in root.EnumerateObject())
        {
            var name = property.Name;
            if (name is "PartitionKey" or "RowKey" || name.EndsWith(TypeSuffix, StringComparison.Ordinal)) continue;
            var type = root.TryGetProperty(name + TypeSuffix, out var annotation) ? annotation.GetString() : null;
            var value = property.Value;
            row[name] = type switch
            {
                "Edm.Int64" => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
                "Edm.Double" => value.ValueKind == JsonValueKind.String ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetDouble(),
                "Edm.DateTime" => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                "Edm.Guid" => Guid.Parse(value.GetString()!),
                "Edm.Binary" => Convert.FromBase64String(value.GetString()!),
                null => value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString()!,
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number => value.GetInt32(),
                    _ => throw new FormatException($"Property {name} of a backed-up row has a value no table holds."),
                },
                _ => throw new FormatException($"Property {name} of a backed-up row has the unknown type {type}."),
            };
        }
        return row;
    }

    /// <summary>Writes <paramref name="row"/> and its line break into <paramref name="buffer"/>.</summary>
    public static void WriteLine(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, TableEntity row)
    {
        json.Reset(buffer);
        Write(json, row);
        json.Flush();
        buffer.Write("\n"u8);
    }
}
