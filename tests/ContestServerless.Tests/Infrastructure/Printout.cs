using System.Diagnostics;
using System.Text;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// What a person sees on a printed paper: a PDF drawn by poppler (pdftoppm, the renderer behind most Linux viewers)
/// and read back by Tesseract OCR in Vietnamese; a Word document is first converted to PDF by LibreOffice. Text
/// extraction reads the characters a file says it shows, not the glyphs it draws, so it cannot see a letter that
/// prints without one of its marks; this can. All three come from Debian (script/bootstrap installs them).
/// </summary>
public static class Printout
{
    /// <summary>
    /// The text Tesseract reads on page <paramref name="page"/> of <paramref name="pdf"/>, drawn at 300 dpi. Its own
    /// layout analysis reads short lines of large bold letters best, but now and then drops a whole line of large
    /// coloured capitals; <paramref name="oneColumn"/> reads the page as one column of lines of varied sizes instead,
    /// which keeps every line of a certificate but misreads some tildes over hats in bold. Both are deterministic.
    /// </summary>
    public static async Task<string> ReadAsync(byte[] pdf, int page = 1, bool oneColumn = false)
    {
        using var folder = new ScratchFolder();
        var input = Path.Combine(folder.Path, "paper.pdf");
        await File.WriteAllBytesAsync(input, pdf);
        var image = Path.Combine(folder.Path, "page");
        await RunAsync("pdftoppm", "poppler-utils", "-r", "300", "-gray", "-png", "-singlefile", "-f", $"{page}", "-l", $"{page}", input, image);
        var text = await RunAsync("tesseract", "tesseract-ocr-vie", image + ".png", "stdout", "-l", "vie", "--psm", oneColumn ? "4" : "3");
        return text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>The Word document converted to PDF by LibreOffice, as it would print from an office suite.</summary>
    public static async Task<byte[]> PdfOfWordAsync(byte[] docx)
    {
        using var folder = new ScratchFolder();
        var input = Path.Combine(folder.Path, "paper.docx");
        await File.WriteAllBytesAsync(input, docx);
        // A profile of its own, so a LibreOffice already open on the machine or a parallel test cannot take the call.
        await RunAsync("soffice", "libreoffice-writer-nogui", $"-env:UserInstallation=file://{folder.Path}/profile",
            "--headless", "--convert-to", "pdf", "--outdir", folder.Path, input);
        return await File.ReadAllBytesAsync(Path.Combine(folder.Path, "paper.pdf"));
    }

    /// <summary>The words of an OCR text: split on white space, quotes and punctuation trimmed.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        text.Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('“', '”', '"', '\'', ',', '.', ':', ';', '(', ')', '_', '|', '—', '–', '-'))
            .Where(w => w.Length > 0)
            .ToList();

    private static async Task<string> RunAsync(string tool, string package, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is missing; script/bootstrap installs Debian's {package}.", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await errors}");
            return await output;
        }
    }

    private sealed class ScratchFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("printout-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
