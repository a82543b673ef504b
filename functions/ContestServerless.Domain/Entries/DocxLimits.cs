namespace ContestServerless.Domain.Entries;

/// <summary>
/// How much of a .docx the server agrees to decompress while checking it (Contest:EntryRules:Docx). A .docx is a
/// ZIP, so a few kilobytes can expand to gigabytes; past these limits a file is refused, not read further.
/// </summary>
public sealed class DocxLimits
{
    /// <summary>
    /// word/document.xml, decompressed. A 2,500-word essay is 100–300 KB of XML; even a book at the contest's
    /// highest word limit (100,000 words, heavily formatted, about 60 bytes of markup per word) stays near 6 MB.
    /// Pictures live in other parts, which are not read. 16 MB leaves a wide margin and costs a fraction of a second.
    /// </summary>
    public long MaxDocumentXmlBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>
    /// Every part together, as the package declares them. What the jury opens in Word must not expand to
    /// gigabytes either; a 20 MB file of text and photographs (already compressed) declares a few tens of MB.
    /// </summary>
    public long MaxPackageBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>
    /// Decompressed bytes per compressed byte of a part that is read, once it passes <see cref="RatioAppliesFromBytes"/>.
    /// Word's XML compresses 5–20 to 1, a large empty table perhaps 100 to 1; a run of repeated text, 1,000 to 1.
    /// </summary>
    public int MaxCompressionRatio { get; set; } = 200;

    /// <summary>Small parts compress very well and cost nothing; the ratio is checked only beyond this size.</summary>
    public long RatioAppliesFromBytes { get; set; } = 1024 * 1024;

    public IEnumerable<string> Check()
    {
        if (MaxDocumentXmlBytes <= 0) yield return "Contest:EntryRules:Docx:MaxDocumentXmlBytes must be more than zero.";
        if (MaxPackageBytes < MaxDocumentXmlBytes)
            yield return "Contest:EntryRules:Docx:MaxPackageBytes must be at least MaxDocumentXmlBytes.";
        if (MaxCompressionRatio < 10) yield return "Contest:EntryRules:Docx:MaxCompressionRatio must be at least 10.";
        if (RatioAppliesFromBytes < 0) yield return "Contest:EntryRules:Docx:RatioAppliesFromBytes must not be negative.";
    }
}
