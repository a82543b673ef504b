using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ContestServerless.Domain.Units;

/// <summary>
/// The register less one unit, as a view: what one line of an import is checked against. A copy per line made the
/// preview's cost grow with the square of the lines.
/// </summary>
public sealed class RegisterWithout(IReadOnlyDictionary<string, Unit> register, string id) : IReadOnlyDictionary<string, Unit>
{
    public Unit this[string key] => TryGetValue(key, out var unit) ? unit : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => register.Keys.Where(k => k != id);

    public IEnumerable<Unit> Values => this.Select(pair => pair.Value);

    public int Count => register.ContainsKey(id) ? register.Count - 1 : register.Count;

    public bool ContainsKey(string key) => key != id && register.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Unit value)
    {
        if (key == id)
        {
            value = null;
            return false;
        }
        return register.TryGetValue(key, out value);
    }

    public IEnumerator<KeyValuePair<string, Unit>> GetEnumerator() => register.Where(pair => pair.Key != id).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
