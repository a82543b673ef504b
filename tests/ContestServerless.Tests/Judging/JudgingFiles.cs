using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.ExtendedProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;
using DocumentFormat.OpenXml.Wordprocessing;
using PdfSharp.Pdf;
using W15 = DocumentFormat.OpenXml.Office2013.Word;

namespace ContestServerless.Tests.Judging;

/// <summary>Entry files as authors' software leaves them: their name in the properties, comments and revisions.</summary>
public static class JudgingFiles
{
    /// <summary>
    /// A .docx by <paramref name="author"/>: creator and last editor, the company in app.xml, a custom property,
    /// a comment and a tracked insertion by the author, the author in people.xml; its body is <paramref name="body"/>
    /// and its header <paramref name="header"/>.
    /// </summary>
    public static byte[] Docx(string author, string company, string body, string? header = null)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Creator = author;
            document.PackageProperties.LastModifiedBy = author;
            document.PackageProperties.Title = $"Bài dự thi của {author}";
            document.PackageProperties.Description = author;

            var app = document.AddExtendedFilePropertiesPart();
            app.Properties = new DocumentFormat.OpenXml.ExtendedProperties.Properties(new Company(company), new Manager(author), new Application("Microsoft Office Word"));

            var custom = document.AddCustomFilePropertiesPart();
            custom.Properties = new DocumentFormat.OpenXml.CustomProperties.Properties(
                new CustomDocumentProperty(new VTLPWSTR(author)) { FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}", PropertyId = 2, Name = "Người viết" });

            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text(body))),
                new Paragraph(
                    new Run(new Text("Đoạn sửa: ") { Space = SpaceProcessingModeValues.Preserve }),
                    new InsertedRun(new Run(new Text("thêm một câu."))) { Id = "1", Author = author, Date = DateTime.UtcNow },
                    new CommentRangeStart { Id = "0" },
                    new Run(new Text("Câu có nhận xét.")),
                    new CommentRangeEnd { Id = "0" },
                    new Run(new CommentReference { Id = "0" }))));

            var comments = main.AddNewPart<WordprocessingCommentsPart>();
            comments.Comments = new Comments(new Comment(new Paragraph(new Run(new Text("Xem lại đoạn này."))))
            { Id = "0", Author = author, Initials = "NVA", Date = DateTime.UtcNow });

            var people = main.AddNewPart<WordprocessingPeoplePart>();
            people.People = new W15.People(new W15.Person(new W15.PresenceInfo { ProviderId = "None", UserId = author }) { Author = author });

            if (header is not null)
            {
                var headerPart = main.AddNewPart<HeaderPart>();
                headerPart.Header = new Header(new Paragraph(new Run(new Text(header))));
                main.Document.Body!.Append(new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(headerPart) }));
            }
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// A one-page PDF by <paramref name="author"/>: /Author, /Creator and /Title in its Info dictionary, XMP metadata
    /// naming the author (PDFsharp writes its own XMP from the Info dictionary as it saves), a comment whose /T is the author; the page shows <paramref name="pageText"/> (ASCII, in
    /// Helvetica, so no font has to be embedded).
    /// </summary>
    public static byte[] Pdf(string author, string pageText, string? userPassword = null)
    {
        var document = new PdfDocument();
        document.Info.Author = author;
        document.Info.Creator = $"Word - {author}";
        document.Info.Title = $"Bai du thi cua {author}";
        var page = document.AddPage();

        var font = new PdfDictionary(document);
        font.Elements.SetName("/Type", "/Font");
        font.Elements.SetName("/Subtype", "/Type1");
        font.Elements.SetName("/BaseFont", "/Helvetica");
        document.Internals.AddObject(font);
        var fonts = new PdfDictionary(document);
        fonts.Elements["/F1"] = font.Reference;
        page.Resources.Elements["/Font"] = fonts;
        var content = new PdfDictionary(document);
        content.CreateStream(Encoding.ASCII.GetBytes($"BT /F1 12 Tf 50 700 Td ({pageText}) Tj ET"));
        document.Internals.AddObject(content);
        page.Elements["/Contents"] = content.Reference;

        var xmp = new PdfDictionary(document);
        xmp.Elements.SetName("/Type", "/Metadata");
        xmp.Elements.SetName("/Subtype", "/XML");
        xmp.CreateStream(Encoding.UTF8.GetBytes(
            "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" +
            $"<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator></rdf:Description>" +
            "</rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>"));
        document.Internals.AddObject(xmp);
        document.Internals.Catalog.Elements["/Metadata"] = xmp.Reference;

        var note = new PdfDictionary(document);
        note.Elements.SetName("/Type", "/Annot");
        note.Elements.SetName("/Subtype", "/Text");
        note.Elements["/Rect"] = new PdfArray(document, new PdfInteger(10), new PdfInteger(10), new PdfInteger(30), new PdfInteger(30));
        note.Elements["/T"] = new PdfString(author);
        note.Elements["/Contents"] = new PdfString("Xem lai doan nay");
        document.Internals.AddObject(note);
        page.Elements["/Annots"] = new PdfArray(document, note.Reference!);

        if (userPassword is not null)
        {
            document.SecuritySettings.UserPassword = userPassword;
            document.SecuritySettings.OwnerPassword = userPassword + "-owner";
        }
        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        return buffer.ToArray();
    }
}
