using System.ComponentModel.DataAnnotations;

namespace ContestServerless.Domain.Contest;

public sealed class ContestDocument
{
    [Required] public string Number { get; set; } = "";
    public DateOnly Date { get; set; }
    [Required] public string Title { get; set; } = "";
    public string? Url { get; set; }

    /// <summary>What the document is to the contest (its plan, its rules, or another document).</summary>
    public ContestDocumentRole Role { get; set; }

    /// <summary>
    /// The document as a sentence cites it ("Kế hoạch số 111/KH-UBND ngày 12/10/2017 của Ủy ban nhân dân tỉnh Sóc
    /// Trăng"), since kind and issuer are part of an official citation but not of the number; empty, the page
    /// cites the number and date.
    /// </summary>
    public string Citation { get; set; } = "";

    /// <summary>The date as written in a citation: dd/MM/yyyy.</summary>
    public string CitedDate => Date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>What a document is to the contest, so the rules' summary can cite the right ones.</summary>
public enum ContestDocumentRole
{
    /// <summary>Any other document (a reminder letter, a resolution): listed beside the summary.</summary>
    None,

    /// <summary>The plan the contest carries out (Kế hoạch); at most one.</summary>
    Plan,

    /// <summary>The rules (Thể lệ) the public summary follows; exactly one.</summary>
    Rules,
}
