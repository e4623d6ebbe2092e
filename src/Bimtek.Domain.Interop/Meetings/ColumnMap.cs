namespace Bimtek.Domain.Interop.Meetings;

/// <summary>Finds an export's columns by name (case-insensitive, trimmed), never by position.</summary>
internal sealed class ColumnMap
{
    private readonly string[] _header;

    public ColumnMap(string[] header) => _header = header;

    public int Find(params string[] names)
    {
        foreach (var name in names)
        {
            for (var i = 0; i < _header.Length; i++)
            {
                if (string.Equals(_header[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    public bool Has(params string[] names) => Find(names) >= 0;

    public static bool RowHas(TextRow row, params string[] names) => new ColumnMap(row.Fields).Has(names);
}
