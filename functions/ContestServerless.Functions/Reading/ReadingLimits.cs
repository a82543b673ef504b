namespace ContestServerless.Functions.Reading;

/// <summary>
/// How much of a file the reader turns into a page. An entry's file has passed the upload checks, but a page is
/// sent to a browser and kept in memory while it is built, so pictures, nesting and length are bounded here too:
/// past a limit the page says so in Vietnamese and the judge or reader downloads the file.
/// </summary>
public sealed record ReadingLimits
{
    public static ReadingLimits Default { get; } = new();

    /// <summary>Pictures shown at most; the rest become a placeholder.</summary>
    public int MaxPictures { get; init; } = 50;

    /// <summary>A picture larger than this is not embedded.</summary>
    public long MaxPictureBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>All embedded pictures together (before base64).</summary>
    public long MaxPictureBytesInAll { get; init; } = 20 * 1024 * 1024;

    /// <summary>Tables inside tables deeper than this are shown as plain paragraphs.</summary>
    public int MaxTableDepth { get; init; } = 5;

    /// <summary>Characters of markup and text (pictures not counted); past this the page ends with a notice.</summary>
    public int MaxHtmlCharacters { get; init; } = 2_000_000;

    /// <summary>A package whose parts together inflate to more than this is not read (a ZIP bomb).</summary>
    public long MaxPackageBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Pages of a PDF read at most.</summary>
    public int MaxPdfPages { get; init; } = 500;
}
