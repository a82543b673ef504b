using PdfSharp.Fonts;

namespace ContestServerless.Functions.Results;

/// <summary>
/// Serves DejaVu Sans and DejaVu Sans Bold, embedded in this assembly, to PDFsharp: the Functions host on Linux has
/// no system fonts PDFsharp can find, and the font must cover every Vietnamese letter. Every family name resolves to
/// DejaVu Sans, so nothing PDFsharp draws falls back to a font without the diacritics. The faces are handed over
/// with their composite glyphs flattened (<see cref="FlatCompositeGlyphs"/>), or PDFsharp's subsets would lose one of
/// the two marks of letters such as ấ, ệ, ộ.
/// </summary>
public sealed class CertificateFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly CertificateFonts Instance = new();
    private static readonly Lock Gate = new();
    private static volatile bool registered;

    private static readonly Lazy<byte[]> RegularBytes = new(() => Load(Regular));
    private static readonly Lazy<byte[]> BoldBytes = new(() => Load(Bold));

    private CertificateFonts() { }

    /// <summary>
    /// Installs the resolver for the process. PDFsharp accepts one resolver per process (setting another throws), so
    /// this sets it once under a lock and afterwards does nothing; any thread may call it before drawing.
    /// </summary>
    public static void EnsureRegistered()
    {
        if (registered) return;
        lock (Gate)
        {
            if (registered) return;
            switch (GlobalFontSettings.FontResolver)
            {
                case null:
                    GlobalFontSettings.FontResolver = Instance;
                    break;
                case CertificateFonts:
                    break;
                case var other:
                    throw new InvalidOperationException(
                        $"PDFsharp already has the font resolver {other.GetType().FullName}; certificates need {nameof(CertificateFonts)}.");
            }
            registered = true;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        // No italic face is shipped: PDFsharp slants the regular one when asked.
        new(isBold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: isItalic);

    public byte[] GetFont(string faceName) => faceName switch
    {
        Regular => RegularBytes.Value,
        Bold => BoldBytes.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(faceName), faceName, "Unknown font face."),
    };

    private static byte[] Load(string face)
    {
        using var stream = typeof(CertificateFonts).Assembly.GetManifestResourceStream($"ContestServerless.Fonts.{face}.ttf")
            ?? throw new InvalidOperationException($"The font {face}.ttf is not embedded in {typeof(CertificateFonts).Assembly.GetName().Name}.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return FlatCompositeGlyphs.Flatten(copy.ToArray());
    }
}
