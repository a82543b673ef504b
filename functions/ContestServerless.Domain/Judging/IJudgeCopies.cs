namespace ContestServerless.Domain.Judging;

/// <summary>
/// Makes the judges' copy of an entry's file: the same document without what names its author in the file's
/// metadata (Word's document properties, comment and revision authors; a PDF's Info dictionary and XMP), kept
/// beside the original, then scans the copy's text for the author's details.
/// </summary>
public interface IJudgeCopies
{
    /// <param name="sourceBlobName">The entry's file as kept with the entries.</param>
    /// <param name="extension">The file's extension, lower case with its dot (".docx", ".pdf", ".doc").</param>
    /// <param name="clues">The author's details to look for in the copy's text.</param>
    Task<JudgeCopyResult> MakeAsync(string sourceBlobName, string extension, IdentityClues clues, CancellationToken cancellationToken);
}
