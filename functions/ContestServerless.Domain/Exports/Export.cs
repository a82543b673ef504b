namespace ContestServerless.Domain.Exports;

/// <summary>A file made for the person who asked for it.</summary>
public sealed record Export(string FileName, string ContentType, Stream Content)
{
    /// <summary>
    /// The sheet written out to a temporary file that goes when the answer is sent (50,000 entries make some
    /// megabytes, which would otherwise grow with the rows), named "{stem}-{yyyy-MM-dd-HHmm}.ext" after the time in
    /// Vietnam it was made.
    /// </summary>
    public static async Task<Export> WriteAsync<T>(Sheet<T> sheet, ExportFormat format, string stem, DateTimeOffset madeAt, CancellationToken cancellationToken)
    {
        var content = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await ExportFormats.WriteAsync(sheet, format, content, cancellationToken);
        content.Position = 0;
        return new Export(ExportFormats.FileName(stem, madeAt, format), ExportFormats.ContentType(format), content);
    }
}
