namespace ContestServerless.Domain.Contest;

public enum SubmissionWindow
{
    NotYetOpen,
    Open,
    Closed,
}
