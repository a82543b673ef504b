using ContestServerless.Domain.Units;

namespace ContestServerless.Functions.UnitPortal;

public sealed record PortalUnitView(string Id, string Name, string Group, int MinimumEntries, IReadOnlyList<FocalPoint> FocalPoints);
