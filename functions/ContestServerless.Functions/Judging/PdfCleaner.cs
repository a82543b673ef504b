using ContestServerless.Domain.Judging;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace ContestServerless.Functions.Judging;

/// <summary>
/// Writes a PDF without its document information (/Author, /Creator, /Title …), without any XMP metadata stream
/// (the catalog's, a page's or a picture's), without the author of its comments (/T of markup annotations), and
/// scans the text of each page of the copy and of its comments.
/// PDFsharp rewrites the file (it holds the PDF's objects in memory, their streams still compressed); PdfPig
/// reads the copy page by page.
/// </summary>
public static class PdfCleaner
{
    private static readonly Dictionary<string, string> InfoLabels = new(StringComparer.Ordinal)
    {
        ["/Author"] = "Tác giả",
        ["/Creator"] = "Phần mềm tạo",
        ["/Producer"] = "Phần mềm xuất",
        ["/Title"] = "Tiêu đề",
        ["/Subject"] = "Chủ đề",
        ["/Keywords"] = "Từ khóa",
        ["/CreationDate"] = "Ngày tạo",
        ["/ModDate"] = "Ngày sửa",
    };

    private const string Xmp = "Siêu dữ liệu XMP";
    private const string AnnotationAuthors = "Tác giả nhận xét";
    private const string PieceInfo = "Dữ liệu riêng của phần mềm tạo";

    public const string Unopenable =
        "Tệp PDF không mở được để xóa thông tin tác giả (có mật khẩu hoặc bị hỏng) nên không tự làm được bản cho giám khảo";

    public const string Unreadable =
        "Không đọc được chữ trong tệp PDF để dò thông tin tác giả";

    /// <param name="source">A seekable stream over the original.</param>
    /// <param name="destination">A seekable stream the copy is written to; read back for the scan.</param>
    public static FileCleaning Clean(Stream source, Stream destination, IdentityScanner scanner, CancellationToken cancellationToken)
    {
        var removed = new List<string>();
        try
        {
            using var document = PdfReader.Open(source, PdfDocumentOpenMode.Modify);
            foreach (var key in document.Info.Elements.Keys)
                if (document.Info.Elements[key] is { } value && value.ToString()?.Trim('(', ')', ' ').Length > 0)
                    Note(removed, InfoLabels.GetValueOrDefault(key, key.TrimStart('/')));
            document.Info.Elements.Clear();

            foreach (var item in document.Internals.GetAllObjects())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (item is not PdfDictionary dictionary) continue;
                if (dictionary.Elements.ContainsKey("/Metadata")) { dictionary.Elements.Remove("/Metadata"); Note(removed, Xmp); }
                if (dictionary.Elements.ContainsKey("/PieceInfo")) { dictionary.Elements.Remove("/PieceInfo"); Note(removed, PieceInfo); }
            }
            // Markup annotations (comments, highlights …) name their author in /T; a form field's /T is its name.
            foreach (var page in document.Pages)
            {
                if (page.Elements.GetArray("/Annots") is not { } annotations) continue;
                foreach (var item in annotations.Elements)
                {
                    if ((item is PdfReference reference ? reference.Value : item) is not PdfDictionary annotation) continue;
                    if (annotation.Elements.GetName("/Subtype") == "/Widget" || !annotation.Elements.ContainsKey("/T")) continue;
                    annotation.Elements.Remove("/T");
                    Note(removed, AnnotationAuthors);
                }
            }
            document.Save(destination, closeStream: false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Encrypted, damaged or beyond what PDFsharp understands: a person must look at it.
            return FileCleaning.Refused(Unopenable);
        }

        var collector = new HitCollector(scanner);
        try
        {
            destination.Position = 0;
            using var copy = PigDocument.Open(destination);
            foreach (var page in copy.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var where = IdentityPlaces.Page(page.Number);
                foreach (var word in page.GetWords())
                    collector.Append(word.Text + " ", where);
                collector.EndParagraph(where);
                foreach (var annotation in page.GetAnnotations())
                    if (!string.IsNullOrWhiteSpace(annotation.Content))
                    {
                        var note = $"{IdentityPlaces.Comment}, {where}";
                        collector.Append(annotation.Content, note);
                        collector.EndParagraph(note);
                    }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new FileCleaning(removed, collector.Hits, Unreadable) { Copied = true };
        }
        return new FileCleaning(removed, collector.Hits);
    }

    private static void Note(List<string> removed, string label)
    {
        if (!removed.Contains(label)) removed.Add(label);
    }
}
