using System.Diagnostics;
using ContestServerless.Domain.Anthology;
using ContestServerless.Domain.Downloads;
using ContestServerless.Domain.Publishing;
using ContestServerless.Functions.Anthology;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContestServerless.Tests.Anthology;

/// <summary>Books written by the real writer into a folder, and LibreOffice run on them as an editor would open them.</summary>
public static class BookFiles
{
    public static readonly AnthologyCover Cover = new("Cuộc thi viết về gương điển hình tiên tiến", "Ban Thi đua – Khen thưởng tỉnh", "Sóc Trăng", 2026);

    public static PublishedWork Work(string title, string extension = ".docx", string prize = "Giải Nhất", int rank = 1, string? movement = null) =>
        new(Codes(), title, $"Tác giả của {title}", "Sở Nội vụ", prize, 0, rank, movement, null, $"files/{title}{extension}", extension);

    private static string Codes() => Domain.Entries.Codes.NewEntryId();

    public static async Task<byte[]> WriteAsync(params (PublishedWork Work, byte[] File)[] works)
    {
        var folder = Directory.CreateTempSubdirectory("anthology-test-");
        try
        {
            var exports = new FolderExports(folder.FullName);
            await using (var book = new AnthologyBooks(exports, NullLogger<AnthologyBook>.Instance).Open(Cover))
            {
                foreach (var (work, file) in works)
                    await book.AddWorkAsync(work, new MemoryStream(file), CancellationToken.None);
                await book.SaveAsync("book.docx", CancellationToken.None);
            }
            return await File.ReadAllBytesAsync(Path.Combine(folder.FullName, "book.docx"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The book converted to PDF by LibreOffice (Debian's soffice, a profile of its own): its page count and text.</summary>
    public static async Task<(int Pages, string Text)> ThroughLibreOfficeAsync(byte[] book)
    {
        Assert.True(File.Exists("/usr/bin/soffice"), "LibreOffice is missing: script/bootstrap --browser installs it.");
        var folder = Directory.CreateTempSubdirectory("anthology-lo-");
        try
        {
            var docx = Path.Combine(folder.FullName, "tuyen-tap.docx");
            await File.WriteAllBytesAsync(docx, book);
            await RunAsync("/usr/bin/soffice", $"-env:UserInstallation=file://{folder.FullName}/profile", "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", folder.FullName, docx);
            var pdf = Path.Combine(folder.FullName, "tuyen-tap.pdf");
            Assert.True(File.Exists(pdf), "LibreOffice did not convert the book.");
            var info = await RunAsync("pdfinfo", pdf);
            var pages = int.Parse(info.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            return (pages, await RunAsync("pdftotext", "-enc", "UTF-8", pdf, "-"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{program} failed: {await error}");
        return await output;
    }

    /// <summary>The exports kept in a folder: the writer's output read back as the download would be.</summary>
    private sealed class FolderExports(string folder) : IExportFiles
    {
        public Task<Stream> OpenWriteAsync(string blobName, CancellationToken cancellationToken) =>
            Task.FromResult<Stream>(File.Create(Path.Combine(folder, blobName)));

        public Task<long?> GetSizeAsync(string blobName, CancellationToken cancellationToken) =>
            Task.FromResult(File.Exists(Path.Combine(folder, blobName)) ? new FileInfo(Path.Combine(folder, blobName)).Length : (long?)null);

        public Task<Uri> CreateDownloadLinkAsync(string blobName, string downloadName, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
            Task.FromResult(new Uri(Path.Combine(folder, blobName)));
    }
}
