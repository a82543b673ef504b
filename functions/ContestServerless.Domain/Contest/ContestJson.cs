using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContestServerless.Domain.Contest;

/// <summary>
/// How a contest's settings are written as JSON: on its stored record and for a deep copy (<see cref="ContestOptions.Copy"/>).
/// Web names, enums by name. Generated at build time rather than found by reflection, because every instance reads
/// them on its first request: reflection built the metadata of the whole settings graph then (about 60 ms of a cold
/// start, script/bench startup).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ContestOptions))]
[JsonSerializable(typeof(ContestExtension))]
[JsonSerializable(typeof(ContestArchival))]
public sealed partial class ContestJson : JsonSerializerContext;
