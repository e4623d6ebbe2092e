namespace Bimtek.Domain.Serialization;

/// <summary>Where a mapped value sits in its document, for errors found after parsing (e.g. a negative JP).</summary>
internal readonly record struct DocumentPath(string? Source, string Path)
{
    public DocumentPath Property(string name) => this with { Path = $"{Path}.{name}" };

    public DocumentPath Index(int index) => this with { Path = $"{Path}[{index}]" };

    public BimtekJsonException Error(string reason, Exception? inner = null) => new(Source, Path, Common.PersonalData.MaskIn(reason), inner);

    /// <summary>Checks a required reference read from JSON; System.Text.Json on net8.0 lets an explicit null through.</summary>
    public T Required<T>(T? value, string name)
        where T : class => Property(name).Required(value);

    /// <summary>Checks a required reference at this path.</summary>
    public T Required<T>(T? value)
        where T : class => value ?? throw Error("must not be null");

    /// <summary>Checks a required list of strings read from JSON: present, and no null item.</summary>
    public IReadOnlyList<string> RequiredStrings(List<string>? values, string name) =>
        Strings(Required(values, name), name);

    /// <summary>Checks an optional list of strings read from JSON for null items.</summary>
    public IReadOnlyList<string> Strings(List<string>? values, string name)
    {
        var list = values ?? [];
        var at = Property(name);
        for (var i = 0; i < list.Count; i++)
        {
            _ = list[i] ?? throw at.Index(i).Error("must not be null");
        }

        return list;
    }
}
