namespace ContestServerless.Domain.Exports;

/// <summary>Rows under headers, written the same way to .xlsx and to CSV.</summary>
public sealed record Sheet<T>(string Name, IReadOnlyList<Column<T>> Columns, IEnumerable<T> Rows);
