namespace Bimtek.Domain.Interop.Meetings;

/// <summary>
/// One string per distinct text of one export: a person who rejoins ten times has one display name and one e-mail in
/// memory, not ten, and a text already seen costs no allocation. The rows of a large export live as long as its report,
/// so every string spared is one the collector need not copy from generation to generation.
/// </summary>
internal sealed class TextPool
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TextPool() => _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    /// <summary>The pool's string equal to <paramref name="text"/>, added when new.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

#if NET9_0_OR_GREATER
        if (_lookup.TryGetValue(text, out var known))
        {
            return known;
        }

        var added = text.ToString();
#else
        var added = text.ToString();
        if (_texts.TryGetValue(added, out var known))
        {
            return known;
        }
#endif
        _texts.Add(added, added);
        return added;
    }
}
