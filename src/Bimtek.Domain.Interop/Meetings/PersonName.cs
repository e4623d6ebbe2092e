using System.Text;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>
/// Normalises a person's name for comparison: case, spacing and punctuation folded, and Indonesian academic and
/// professional titles removed before or after the name (<c>Dr. Ir. H. Budi Santoso, S.T., M.T.</c> → <c>budi santoso</c>).
/// </summary>
internal static class PersonName
{
    // Written without dots and lower-case: "S.Kom." → "skom". Degrees after the name (Permendikbud 154/2014 and its
    // predecessors list them); honorifics before it (Dr., Ir., H., Hj., Prof.).
    private static readonly HashSet<string> Before = new(StringComparer.Ordinal)
    {
        "dr", "drs", "dra", "ir", "h", "hj", "prof", "kh", "drg", "drh", "apt", "ns",
    };

    private static readonly HashSet<string> After = new(StringComparer.Ordinal)
    {
        "st", "se", "skom", "mm", "msi", "mt", "mba", "sh", "mh", "spd", "mpd", "ssos", "sip", "sap", "map", "ssi",
        "mkom", "sak", "mak", "ak", "cpa", "spsi", "sfarm", "apt", "sked", "msc", "phd", "stp", "mp", "sp", "amd",
        "sst", "meng", "sikom", "mikom", "shut", "spi", "mkes", "skep", "ns", "ssn", "mph", "mars", "mpa", "ma",
        "sag", "mag", "shi", "mhi", "ssy", "me", "mae", "msm", "mtp", "mkn", "sstp", "ipu", "cht", "caat", "ca", "dr",
        "spt", "mcom", "ssit", "sth", "mth", "sgz", "sikm", "mmsi", "sarch", "march", "sds", "mds", "sn", "mn",
        "stat", "mstat", "mkm", "skm", "amkeb", "amkep", "sei",
    };

    public static string Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var tokens = new List<(string Key, bool AfterComma)>();
        var afterComma = false;
        var token = new StringBuilder();
        foreach (var raw in name)
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c))
            {
                token.Append(c);
            }
            else if (c == '.' || c == '\'' || c == '`' || c == '\u2019')
            {
                // Dots belong to abbreviations ("S.Kom."), apostrophes to names ("Ma'ruf"): dropped, not splitting.
            }
            else
            {
                Flush(token, tokens, afterComma);
                afterComma |= c == ',';
            }
        }

        Flush(token, tokens, afterComma);
        var start = 0;
        while (start < tokens.Count - 1 && Before.Contains(tokens[start].Key))
        {
            start++;
        }

        var end = tokens.Count;
        while (end - 1 > start && IsTrailingTitle(tokens[end - 1]))
        {
            end--;
        }

        return string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Key));
    }

    // After a comma every degree goes; without one, a two-letter token goes only when it is a common degree, since
    // "Ma" or "Me" may be part of a name.
    private static bool IsTrailingTitle((string Key, bool AfterComma) token) =>
        token.AfterComma ? After.Contains(token.Key) || Before.Contains(token.Key)
        : After.Contains(token.Key) && (token.Key.Length > 2 || token.Key is "st" or "se" or "sh" or "mm" or "mt" or "mh" or "sp");

    private static void Flush(StringBuilder token, List<(string, bool)> tokens, bool afterComma)
    {
        if (token.Length > 0)
        {
            tokens.Add((token.ToString(), afterComma));
            token.Clear();
        }
    }
}
