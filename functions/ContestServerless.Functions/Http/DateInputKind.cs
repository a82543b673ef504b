namespace ContestServerless.Functions.Http;

/// <summary>What a <see cref="DateInputAttribute"/> field holds: a day (dd/MM/yyyy) or a date and time (dd/MM/yyyy HH:mm).</summary>
public enum DateInputKind
{
    Day,
    Instant,
}
