namespace ContestServerless.Functions.Reminders;

/// <summary>How many units are behind on entries and how many have not filed their quick report.</summary>
public sealed record LaggingView(int Entries, int Report);
