using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ContestServerless.Tests.Judging;

/// <summary>Real Word documents, as Word writes them: document properties, comments and tracked changes with their authors.</summary>
public static class WordFiles
{
    /// <summary>A .docx with this body text, whose properties and one comment name <paramref name="author"/> (Word does so by itself).</summary>
    public static byte[] Essay(string body, string author)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Creator = author;
            document.PackageProperties.LastModifiedBy = author;
            document.PackageProperties.Title = $"Bài dự thi của {author}";
            var main = document.AddMainDocumentPart();
            var comments = main.AddNewPart<WordprocessingCommentsPart>();
            comments.Comments = new Comments(new Comment(new Paragraph(new Run(new Text("Cần sửa câu này"))))
            {
                Id = "1", Author = author, Initials = "TG",
            });
            main.Document = new Document(new Body(
                new Paragraph(new CommentRangeStart { Id = "1" }, new Run(new Text(body) { Space = SpaceProcessingModeValues.Preserve }),
                    new CommentRangeEnd { Id = "1" }, new Run(new CommentReference { Id = "1" })),
                new Paragraph(new InsertedRun(new Run(new Text("Đoạn bổ sung."))) { Id = "2", Author = author, Date = DateTime.UtcNow })));
        }
        return buffer.ToArray();
    }

    /// <summary>A received entry of <paramref name="unitId"/> whose .docx (<see cref="Essay"/>) and form both name <paramref name="author"/>; answers its id.</summary>
    public static Task<string> EnterEssayAsync(this Entrant entrant, string unitId, string title, string author, string body, string? email = "lan@example.org")
    {
        var form = Entrant.Form(fileName: "bai-du-thi.docx", unitId: unitId, email: email);
        form["title"] = title;
        form["author"]!["fullName"] = author;
        return entrant.EnterAsync(form, Essay(body, author));
    }
}
