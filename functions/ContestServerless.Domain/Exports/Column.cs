using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Exports;

/// <summary>
/// A column of an export: its Vietnamese header and how to read a row's value: a string, a number, a day in Vietnam
/// (<see cref="DateOnly"/>), a Vietnam wall-clock time (<see cref="DateTime"/>, from <see cref="VietnamTime.WallClock"/>) or null.
/// </summary>
public sealed record Column<T>(string Header, Func<T, object?> Value);
