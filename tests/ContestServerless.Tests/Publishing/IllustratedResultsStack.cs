using ContestServerless.Tests.Reading;
using ContestServerless.Tests.Results;

namespace ContestServerless.Tests.Publishing;

/// <summary>
/// <see cref="ResultsStack"/> whose essays are written as entrants write them for a reading room and a book: a heading,
/// the text, and a photograph with its description (alt text), so a test can follow the picture from the entrant's
/// file to the reading room page and into the anthology.
/// </summary>
public sealed class IllustratedResultsStack : ResultsStack
{
    /// <summary>The description Word keeps with each essay's photograph; the reading room shows it as the picture's alt text.</summary>
    public static string PictureDescription(int index) => $"Ảnh minh họa bài số {index + 1}";

    protected override byte[] EssayFile(int index, string author) => EssayFiles.Docx((main, body) =>
    {
        body.Append(EssayFiles.Styled("Heading1", $"Người tốt số {index + 1}"));
        body.Append(EssayFiles.Para($"Câu chuyện về người tốt số {index + 1}."));
        body.Append(EssayFiles.Para(new DocumentFormat.OpenXml.Wordprocessing.Run(EssayFiles.Picture(EssayFiles.AddImage(main, EssayFiles.Png), PictureDescription(index)))));
        body.Append(EssayFiles.Styled("Heading2", "Việc làm hằng ngày"));
        body.Append(EssayFiles.Para($"Những việc làm lặng lẽ của người tốt số {index + 1}."));
    });
}
