namespace ContestServerless.Domain.Units;

/// <summary>
/// The register's parent links, walked once, so that whether a unit's chain of parents comes back to a given unit is
/// answered in constant time. An import checks every line of a file this way: walking each line's whole chain again
/// made a file of deep chains cost the square of its depth (9,600 levels took seconds).
/// </summary>
/// <remarks>
/// Each unit has at most one parent, so following parents from any unit runs up a tree and ends at a unit without a
/// parent, at a parent missing from the register, or in a loop. The units are numbered in one depth-first pass down
/// the reversed links (a loop's members are the roots of their own trees); then a unit X lies on the chain above P
/// exactly when P's number falls within X's subtree, or, for X on a loop, when P's chain ends in that loop.
/// </remarks>
public sealed class ParentChains
{
    /// <summary>How many units of a looping chain a message names before it leaves the rest out.</summary>
    public const int MaxNamed = 8;

    private readonly IReadOnlyDictionary<string, Unit> _units;
    private readonly Dictionary<string, int> _loopOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _endsInLoop = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Enter, int Exit)> _span = new(StringComparer.Ordinal);

    public ParentChains(IReadOnlyDictionary<string, Unit> units)
    {
        _units = units;
        FindLoops();
        NumberTrees();
    }

    /// <summary>
    /// The chain <paramref name="id"/> → <paramref name="parentId"/> → … → <paramref name="id"/> when making
    /// <paramref name="parentId"/> the parent of <paramref name="id"/> would loop (at most <see cref="MaxNamed"/> units
    /// then "…"); null when it would not. The chain above the parent is the register's, whatever parent the register
    /// gives <paramref name="id"/> itself.
    /// </summary>
    public IReadOnlyList<string>? LoopThrough(string id, string parentId)
    {
        if (!Reaches(parentId, id)) return null;
        var chain = new List<string> { id };
        var current = parentId;
        while (current != id && chain.Count < MaxNamed)
        {
            chain.Add(current);
            current = _units[current].ParentId!;
        }
        if (current != id) chain.Add("…");
        chain.Add(id);
        return chain;
    }

    /// <summary>Whether walking up from <paramref name="from"/> (itself included) meets <paramref name="target"/>.</summary>
    private bool Reaches(string from, string target)
    {
        if (from == target) return true;
        if (!_units.ContainsKey(from)) return false;
        if (_loopOf.TryGetValue(target, out var loop)) return _endsInLoop.TryGetValue(from, out var end) && end == loop;
        return _span.TryGetValue(target, out var outer) && _span.TryGetValue(from, out var inner)
            && outer.Enter <= inner.Enter && inner.Exit <= outer.Exit;
    }

    /// <summary>Marks every unit on a loop, and which loop (if any) each unit's chain ends in: each unit is visited once.</summary>
    private void FindLoops()
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        var onPath = new Dictionary<string, int>(StringComparer.Ordinal);
        var loops = 0;
        foreach (var start in _units.Keys)
        {
            if (done.Contains(start)) continue;
            path.Clear();
            onPath.Clear();
            string? current = start;
            int? endsIn = null;
            while (current is not null && _units.TryGetValue(current, out var unit))
            {
                if (done.Contains(current))
                {
                    endsIn = _endsInLoop.TryGetValue(current, out var known) ? known : null;
                    break;
                }
                if (onPath.TryGetValue(current, out var at))
                {
                    var loop = loops++;
                    for (var i = at; i < path.Count; i++) _loopOf[path[i]] = loop;
                    endsIn = loop;
                    break;
                }
                onPath[current] = path.Count;
                path.Add(current);
                current = unit.ParentId;
            }
            foreach (var unitId in path)
            {
                done.Add(unitId);
                if (endsIn is { } loop) _endsInLoop[unitId] = loop;
            }
        }
    }

    /// <summary>
    /// Numbers the trees that hang below each root: a unit without a parent, a missing parent (numbered too, so a
    /// unit not in the register can be asked about) or a unit on a loop.
    /// </summary>
    private void NumberTrees()
    {
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var roots = new List<string>();
        foreach (var (id, unit) in _units)
        {
            if (_loopOf.ContainsKey(id) || unit.ParentId is null) roots.Add(id);
            if (_loopOf.ContainsKey(id) || unit.ParentId is not { } parent) continue;
            if (!children.TryGetValue(parent, out var list))
            {
                children[parent] = list = [];
                if (!_units.ContainsKey(parent)) roots.Add(parent);
            }
            list.Add(id);
        }

        var clock = 0;
        var stack = new Stack<(string Id, int Next)>();
        foreach (var root in roots)
        {
            _span[root] = (clock++, 0);
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (id, next) = stack.Pop();
                if (children.TryGetValue(id, out var below) && next < below.Count)
                {
                    stack.Push((id, next + 1));
                    _span[below[next]] = (clock++, 0);
                    stack.Push((below[next], 0));
                }
                else
                {
                    _span[id] = (_span[id].Enter, clock++);
                }
            }
        }
    }
}
