namespace ContestServerless.Domain.Catalogue;

/// <summary>How the organizers' list is ordered; each breaks ties newest first.</summary>
public enum EntrySort
{
    Newest,
    Title,
    Unit,
    Movement,
}
