namespace ContestServerless.Domain.Contest;

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
