using System.Text;
using ContestServerless.Domain.Anthology;
using ContestServerless.Domain.Downloads;
using ContestServerless.Domain.Publishing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Anthology;

public sealed class AnthologyBooks(IExportFiles exportFiles, ILogger<AnthologyBook> logger) : IAnthologyBooks
{
    public IAnthologyBook Open(AnthologyCover cover) => new AnthologyBook(cover, exportFiles, logger);
}

/// <summary>
/// The anthology as a .docx, written so that memory does not grow with the number of works: the package is opened
/// write-only (a ZIP written front to back), each work's pictures go into it as they are met, and the body and the
/// footnotes are written as XML text into temporary files that become their parts when the book is saved. What is
/// kept in memory is what every work adds a little to: styles, list definitions, the contents' lines.
/// Each source .docx is read in a DOM of its own (one work at a time) and its elements are carried over with their
/// styles, numbering, pictures, links and footnotes remapped to the book's (<see cref="WorkImport"/>).
/// </summary>
public sealed class AnthologyBook : IAnthologyBook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string PdfNote = "Văn bản trích từ tệp PDF — Ban Biên tập cần đối chiếu.";
    public const string DocNote = "Bài dự thi nộp bằng tệp Word cũ (.doc), không chép tự động được — Ban Biên tập cần thêm bài này bằng tay từ tệp gốc.";
    public const string ObjectNote = "[Đối tượng nhúng (bảng tính, công thức, tệp đính kèm…) đã được lược bỏ — xem tệp gốc]";
    public const string DrawingNote = "[Biểu đồ hoặc hình vẽ không chép được — xem tệp gốc]";
    public const string PlainTextNote = "Bài có cấu trúc quá phức tạp hoặc tệp bị hỏng nên chỉ chép được phần chữ — Ban Biên tập cần đối chiếu với tệp gốc.";
    public const string ForewordPlaceholder = "[Ban Tổ chức viết lời giới thiệu tuyển tập tại đây.]";

    private const string DocumentRoot =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" " +
        "xmlns:w10=\"urn:schemas-microsoft-com:office:word\" " +
        "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\">";

    private readonly AnthologyCover _cover;
    private readonly IExportFiles _exportFiles;
    private readonly ILogger _logger;
    private readonly string _folder;
    private readonly FileStream _packageFile;
    private readonly StreamWriter _body;
    private readonly StreamWriter _footnotes;
    private readonly List<(int Level, string Text)> _contents = [];
    private bool _saved;

    internal BookPackage Package { get; }
    internal BookDefinitions Definitions { get; } = new();
    internal int WorkCount { get; private set; }

    public AnthologyBook(AnthologyCover cover, IExportFiles exportFiles, ILogger logger)
    {
        _cover = cover;
        _exportFiles = exportFiles;
        _logger = logger;
        _folder = Directory.CreateTempSubdirectory("anthology-").FullName;
        _packageFile = new FileStream(Path.Combine(_folder, "book.docx"), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920);
        Package = new BookPackage(_packageFile);
        _body = Writer("body.xml");
        _footnotes = Writer("footnotes.xml");
    }

    private StreamWriter Writer(string name) =>
        new(new FileStream(Path.Combine(_folder, name), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 65536), new UTF8Encoding(false));

    public void AddPart(string title)
    {
        Write(BookParts.Styled(BookParts.PartTitle, title));
        _contents.Add((1, title));
    }

    public async Task AddWorkAsync(PublishedWork work, Stream file, CancellationToken cancellationToken)
    {
        WorkCount++;
        Write(BookParts.Styled(BookParts.Heading1, work.Title));
        Write(BookParts.Styled(BookParts.Heading2, work.Author));
        Write(BookParts.Styled(BookParts.WorkDetails, work.Unit));
        Write(BookParts.Styled(BookParts.WorkDetails, work.Prize));
        Write(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "240" })));
        _contents.Add((1, work.Title));
        _contents.Add((2, work.Author));

        // Packages and PDFs are read with random access: the entry's file is copied to a temporary file first.
        var source = Path.Combine(_folder, "source" + work.Extension);
        try
        {
            await using (var copy = new FileStream(source, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                await file.CopyToAsync(copy, cancellationToken);

            switch (work.Extension)
            {
                case ".docx":
                    new WorkImport(this, WorkCount).Import(source, cancellationToken);
                    break;
                case ".pdf":
                    Write(BookParts.Note(PdfNote));
                    foreach (var paragraph in PdfText.Paragraphs(source, cancellationToken))
                        Write(new Paragraph(BookParts.Plain(paragraph)));
                    break;
                default:
                    Write(BookParts.Note(DocNote));
                    break;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "Could not carry work {EntryId} into the anthology", work.EntryId);
            Write(BookParts.Note("Không đọc được tệp của bài này (tệp hỏng hoặc không đúng định dạng) — Ban Biên tập cần thêm bài bằng tay từ tệp gốc."));
        }
        finally
        {
            File.Delete(source);
        }
    }

    internal void Write(OpenXmlElement element) => _body.Write(element.OuterXml);

    internal void WriteFootnote(Footnote footnote) => _footnotes.Write(footnote.OuterXml);

    public async Task<long> SaveAsync(string blobName, CancellationToken cancellationToken)
    {
        Finish();
        _packageFile.Position = 0;
        await using (var output = await _exportFiles.OpenWriteAsync(blobName, cancellationToken))
            await _packageFile.CopyToAsync(output, cancellationToken);
        return _packageFile.Length;
    }

    /// <summary>Writes the parts that hold what every work added, then the body, and closes the package.</summary>
    internal void Finish()
    {
        if (_saved) return;
        _saved = true;
        const string Wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

        var footer = Package.Relate(false, "footer", "footer1.xml", external: false);
        Package.AddPart("word/footer1.xml", Wordprocessing + "footer+xml", s => Xml(s, BookParts.Footer()));
        Package.Relate(false, "styles", "styles.xml", external: false);
        Package.AddPart("word/styles.xml", Wordprocessing + "styles+xml", s => Xml(s, Definitions.Styles()));
        Package.Relate(false, "numbering", "numbering.xml", external: false);
        Package.AddPart("word/numbering.xml", Wordprocessing + "numbering+xml", s => Xml(s, Definitions.Numbering()));
        Package.Relate(false, "settings", "settings.xml", external: false);
        Package.AddPart("word/settings.xml", Wordprocessing + "settings+xml", s => Xml(s, new Settings(
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            // Word and LibreOffice fill the table of contents (page numbers) when the book is opened.
            new UpdateFieldsOnOpen { Val = true })));

        _footnotes.Flush();
        Package.Relate(false, "footnotes", "footnotes.xml", external: false);
        Package.AddPart(BookPackage.Footnotes, Wordprocessing + "footnotes+xml", part =>
        {
            using var writer = new StreamWriter(part, new UTF8Encoding(false), leaveOpen: true);
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
            writer.Write(DocumentRoot.Replace("<w:document ", "<w:footnotes ", StringComparison.Ordinal));
            writer.Write(new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new SeparatorMark())))
                { Type = FootnoteEndnoteValues.Separator, Id = -1 }.OuterXml);
            writer.Write(new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new ContinuationSeparatorMark())))
                { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 }.OuterXml);
            writer.Flush();
            _footnotes.BaseStream.Position = 0;
            _footnotes.BaseStream.CopyTo(part);
            writer.Write("</w:footnotes>");
        });

        _body.Flush();
        Package.AddPart(BookPackage.Document, Wordprocessing + "document.main+xml", part =>
        {
            using var writer = new StreamWriter(part, new UTF8Encoding(false), leaveOpen: true);
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
            writer.Write(DocumentRoot);
            writer.Write("<w:body>");
            foreach (var element in FrontMatter()) writer.Write(element.OuterXml);
            writer.Flush();
            _body.BaseStream.Position = 0;
            _body.BaseStream.CopyTo(part);
            writer.Write(BookParts.Section(footer).OuterXml);
            writer.Write("</w:body></w:document>");
        });

        Package.Close($"Tuyển tập tác phẩm – {_cover.ContestName}");
    }

    private static void Xml(Stream stream, OpenXmlElement root)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        writer.Write(root.OuterXml);
    }

    /// <summary>The title page, the foreword left for the committee and the contents.</summary>
    private IEnumerable<OpenXmlElement> FrontMatter()
    {
        yield return BookParts.Centered(_cover.Organizer, bold: true, upper: true);
        yield return BookParts.Centered("―――――", bold: true);
        yield return BookParts.Centered(_cover.ContestName, bold: true, size: 32, upper: true, before: 3600);
        yield return BookParts.Styled(BookParts.BookTitle, "TUYỂN TẬP TÁC PHẨM ĐOẠT GIẢI");
        yield return BookParts.Centered(_cover.Locality.Length > 0 ? $"{_cover.Locality}, năm {_cover.Year}" : $"Năm {_cover.Year}", before: 4800);
        yield return BookParts.Styled(BookParts.TocHeading, "LỜI GIỚI THIỆU");
        yield return BookParts.Note(ForewordPlaceholder);
        foreach (var paragraph in BookParts.Contents(_contents)) yield return paragraph;
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            // A build that failed leaves its package unfinished; it goes with the folder and nothing of it is stored.
            Package.Dispose();
        }
        finally
        {
            _body.Dispose();
            _footnotes.Dispose();
            _packageFile.Dispose();
            Directory.Delete(_folder, recursive: true);
        }
        return ValueTask.CompletedTask;
    }
}
