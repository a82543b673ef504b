namespace ContestServerless.Domain.Exports;

/// <summary>Rows under headers, written the same way to .xlsx and to CSV.</summary>
public sealed record Sheet<T>(string Name, IReadOnlyList<Column<T>> Columns, IEnumerable<T> Rows)
{
    /// <summary>Rows read as they are written (from storage, page by page), instead of <see cref="Rows"/>, so memory stays flat however many there are.</summary>
    public IAsyncEnumerable<T>? StreamedRows { get; init; }

    public async IAsyncEnumerable<T> AllRowsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (StreamedRows is { } streamed)
        {
            await foreach (var row in streamed.WithCancellation(cancellationToken)) yield return row;
            yield break;
        }
        foreach (var row in Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }
}
