using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using ContestServerless.Domain.Reading;

namespace ContestServerless.Tests.Publishing;

/// <summary>
/// A test-only <see cref="IEssayReader"/> while the real one lives on another branch: a .docx's paragraphs as plain,
/// HTML-encoded paragraphs, anything else unavailable. The stacks add it only when the app registered none
/// (<c>TryAdd</c>), so once the real reader is in the app every test reads through it.
/// </summary>
public sealed class StandInEssayReader : IEssayReader
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public Task<EssayPage> ReadAsync(Stream file, string extension, CancellationToken cancellationToken)
    {
        if (extension != ".docx") return Task.FromResult(new EssayPage("", "", EssayPageKind.Unavailable, "Không hiển thị được tệp này."));
        using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        using var document = zip.GetEntry("word/document.xml")!.Open();
        var paragraphs = XDocument.Load(document).Descendants(W + "p")
            .Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)))
            .Where(t => t.Length > 0).ToList();
        var html = string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
        return Task.FromResult(new EssayPage(html, string.Join("\n", paragraphs), EssayPageKind.Formatted, null));
    }
}
