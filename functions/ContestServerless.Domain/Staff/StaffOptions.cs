namespace ContestServerless.Domain.Staff;

/// <summary>Staff settings (app settings Staff__…).</summary>
public sealed class StaffOptions
{
    /// <summary>
    /// E-mail addresses that are always organizers, separated by ";" or ",". They let the first organizers in
    /// before anyone has been added in the UI, and cannot be removed there.
    /// </summary>
    public string InitialOrganizers { get; set; } = "";

    public IReadOnlyCollection<string> InitialOrganizerEmails =>
        InitialOrganizers.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(StaffService.NormalizeEmail).ToHashSet();
}
