namespace ContestServerless.Domain.Reading;

/// <summary>
/// Turns an essay's file into what a person reads on a page: the judges beside their score sheet, and the public
/// in the reading room once the author consented. The page shows only what the document says, never what the
/// file carries about it (properties, comments, revision authors), and nothing in it can run.
/// </summary>
public interface IEssayReader
{
    /// <param name="file">The file, readable and seekable.</param>
    /// <param name="extension">Lower case with its dot: ".docx", ".pdf" or ".doc".</param>
    Task<EssayPage> ReadAsync(Stream file, string extension, CancellationToken cancellationToken);
}

/// <summary>An essay as a page.</summary>
/// <param name="Html">A safe HTML fragment (no script, no event handler, no style or link to anywhere else).</param>
/// <param name="Text">The plain text the fragment shows, for the identity scan and for search.</param>
/// <param name="Kind">How faithfully the page follows the file.</param>
/// <param name="Notice">Why the page may differ from the file, in Vietnamese; null when it does not.</param>
public sealed record EssayPage(string Html, string Text, EssayPageKind Kind, string? Notice);

public enum EssayPageKind
{
    /// <summary>Converted from Word: headings, paragraphs, emphasis, lists, tables, pictures.</summary>
    Formatted,

    /// <summary>A PDF's extracted text as plain paragraphs; the file itself is the reference.</summary>
    ExtractedText,

    /// <summary>Nothing could be shown (a legacy .doc or an unreadable file): download the file instead.</summary>
    Unavailable,
}
