using System.IO.Compression;
using ContestServerless.Domain.Results;

namespace ContestServerless.Functions.Results;

/// <summary>All winners' certificates in one ZIP: one PDF each, named by <see cref="CertificateFileNames"/>.</summary>
public static class CertificateArchive
{
    public const string ContentType = "application/zip";
    public const string FileName = "giay-chung-nhan.zip";

    /// <summary>Writes the archive to <paramref name="output"/> (left open).</summary>
    public static void Write(IReadOnlyList<Certificate> certificates, Stream output, CancellationToken cancellationToken = default)
    {
        var names = CertificateFileNames.For(certificates);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        for (var i = 0; i < certificates.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = zip.CreateEntry(names[i], CompressionLevel.Fastest);
            using var stream = entry.Open();
            CertificatePdf.Write(certificates[i], stream);
        }
    }
}
