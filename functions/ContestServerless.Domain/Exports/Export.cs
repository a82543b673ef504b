namespace ContestServerless.Domain.Exports;

/// <summary>A file made for the person who asked for it.</summary>
public sealed record Export(string FileName, string ContentType, Stream Content)
{
    /// <summary>
    /// The sheet written out in memory (exports are a few megabytes at most), named "{stem}-{yyyy-MM-dd-HHmm}.ext"
    /// after the time in Vietnam it was made.
    /// </summary>
    public static async Task<Export> WriteAsync<T>(Sheet<T> sheet, ExportFormat format, string stem, DateTimeOffset madeAt, CancellationToken cancellationToken)
    {
        var content = new MemoryStream();
        await ExportFormats.WriteAsync(sheet, format, content, cancellationToken);
        content.Position = 0;
        return new Export(ExportFormats.FileName(stem, madeAt, format), ExportFormats.ContentType(format), content);
    }
}
