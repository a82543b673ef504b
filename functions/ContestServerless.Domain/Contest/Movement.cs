using System.ComponentModel.DataAnnotations;

namespace ContestServerless.Domain.Contest;

public sealed class Movement
{
    [Required] public string Id { get; set; } = "";
    [Required] public string Name { get; set; } = "";
}
