using System.ComponentModel.DataAnnotations;

namespace ContestServerless.Domain.Contest;

public sealed class ContestDocument
{
    [Required] public string Number { get; set; } = "";
    public DateOnly Date { get; set; }
    [Required] public string Title { get; set; } = "";
    public string? Url { get; set; }
}
