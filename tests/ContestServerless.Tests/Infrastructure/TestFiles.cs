using System.IO.Compression;
using System.Text;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>Small but real files of each kind the contest accepts, and impostors.</summary>
public static class TestFiles
{
    public static byte[] Pdf(int padding = 0) =>
        Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\n" + new string(' ', padding) + "\ntrailer <<>>\n%%EOF\n");

    public static byte[] Docx(string text = "Người tốt việc tốt ở Sóc Trăng")
    {
        var body = string.Concat(text.Split('\n').Select(p =>
            $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(p)}</w:t></w:r></w:p>"));
        return Zip(("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
                $"<w:body>{body}</w:body></w:document>"));
    }

    /// <summary>An OLE2 compound file header followed by zeros: what a .doc looks like to a signature check.</summary>
    public static byte[] Doc() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

    public static byte[] Zip(params (string Name, string Content)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        return buffer.ToArray();
    }
}
