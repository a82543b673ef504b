namespace ContestServerless.Domain.Units;

/// <summary>Units with their sub-units (đơn vị trực thuộc), e.g. a district's schools under the district.</summary>
public sealed class UnitTree
{
    private readonly Dictionary<string, Unit> _byId;
    private readonly ILookup<string, Unit> _children;

    public UnitTree(IEnumerable<Unit> units)
    {
        _byId = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        // A parent missing from the register makes its children top-level rather than invisible.
        _children = _byId.Values
            .Where(u => u.ParentId is { } parent && _byId.ContainsKey(parent) && parent != u.Id)
            .ToLookup(u => u.ParentId!, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<Unit> All => _byId.Values;

    public Unit? Find(string id) => _byId.GetValueOrDefault(id);

    public IEnumerable<Unit> ChildrenOf(string id) => _children[id].OrderBy(u => u.Name, StringComparer.Ordinal);

    public bool IsTopLevel(Unit unit) =>
        unit.ParentId is not { } parent || parent == unit.Id || !_byId.ContainsKey(parent);

    /// <summary>The unit followed by all its sub-units, depth first; safe against cycles in the data.</summary>
    public IEnumerable<(Unit Unit, int Depth)> SelfAndDescendants(string id)
    {
        if (Find(id) is not { } root) yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(Unit, int)>([(root, 0)]);
        while (stack.TryPop(out var current))
        {
            var (unit, depth) = current;
            if (!seen.Add(unit.Id)) continue;
            yield return (unit, depth);
            foreach (var child in ChildrenOf(unit.Id).Reverse()) stack.Push((child, depth + 1));
        }
    }

    /// <summary>
    /// The units as the letter lists them: groups in <paramref name="groupOrder"/> (unknown groups last), and within a
    /// group each parent followed by its sub-units of the same group, names in order. Sub-units of another group (a
    /// district's schools) are listed in their own group. The dashboard and the units page both show this order.
    /// </summary>
    public IReadOnlyList<(string Group, IReadOnlyList<(Unit Unit, int Depth)> Units)> InLetterOrder(IEnumerable<Unit> members, IReadOnlyList<string> groupOrder)
    {
        var position = groupOrder.Select((id, i) => (id, i)).ToDictionary(g => g.id, g => g.i, StringComparer.Ordinal);
        return [.. members
            .GroupBy(u => u.Group)
            .OrderBy(g => position.GetValueOrDefault(g.Key, int.MaxValue))
            .Select(g => (g.Key, (IReadOnlyList<(Unit, int)>)[.. InTreeOrder(g.ToList())]))];
    }

    private IEnumerable<(Unit Unit, int Depth)> InTreeOrder(IReadOnlyList<Unit> members)
    {
        var inGroup = members.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        // Units whose parent is elsewhere come first; the second pass catches units caught in a parent cycle.
        var starts = members.Where(u => IsTopLevel(u) || !inGroup.Contains(u.ParentId!))
            .OrderBy(u => u.Name, StringComparer.Ordinal)
            .Concat(members.OrderBy(u => u.Name, StringComparer.Ordinal));
        foreach (var start in starts)
            foreach (var (unit, depth) in SelfAndDescendants(start.Id))
                if (inGroup.Contains(unit.Id) && listed.Add(unit.Id)) yield return (unit, depth);
    }
}
