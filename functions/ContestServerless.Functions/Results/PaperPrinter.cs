using ContestServerless.Domain.Archive;
using ContestServerless.Domain.Results;

namespace ContestServerless.Functions.Results;

/// <summary>The minutes as Word and the certificates as PDF, drawn as the single downloads draw them.</summary>
public sealed class PaperPrinter : IPaperPrinter
{
    public Task WriteMinutesAsync(JuryMinutes minutes, Stream output, CancellationToken cancellationToken) =>
        output.WriteAsync(JuryMinutesDocument.Render(minutes), cancellationToken).AsTask();

    public Task WriteCertificateAsync(Certificate certificate, Stream output, CancellationToken cancellationToken) =>
        output.WriteAsync(CertificatePdf.Render(certificate), cancellationToken).AsTask();
}
