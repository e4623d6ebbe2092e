using NodaTime;
using NodaTime.Text;

namespace Bimtek.Cli.Rendering;

/// <summary>
/// The UTC offset a user wrote a file's timestamps in (<c>2020-06-18T09:00:00+07:00</c>), so that messages show
/// instants on the user's clock rather than in UTC. Only one offset throughout the file counts as "the user's";
/// a file mixing offsets keeps UTC, which is then the only unambiguous choice.
/// </summary>
internal sealed class WrittenOffset
{
    private static readonly OffsetPattern Suffix = OffsetPattern.CreateWithInvariantCulture("+HH:mm");
    private Offset? _seen;
    private bool _mixed;

    /// <summary>Gets the one offset the file's timestamps were written in, or <see langword="null"/> (none, or several).</summary>
    public Offset? Single => _mixed ? null : _seen;

    /// <summary>Notes the offset a timestamp field ends with (<c>Z</c> or <c>±HH:mm</c>); other text is ignored.</summary>
    public void Observe(string field)
    {
        Offset offset;
        if (field.EndsWith('Z') || field.EndsWith('z'))
        {
            offset = Offset.Zero;
        }
        else if (field.Length >= 6 && Suffix.Parse(field[^6..]) is { Success: true } parsed)
        {
            offset = parsed.Value;
        }
        else
        {
            return;
        }

        _mixed |= _seen is { } seen && seen != offset;
        _seen ??= offset;
    }

    /// <summary>An instant on this clock, as the package writes instants but with the offset: <c>2020-06-18 09:00:00 +07:00</c>.</summary>
    public static string Format(Instant instant, Offset offset) =>
        instant.WithOffset(offset).ToString("uuuu-MM-dd HH:mm:ss o<+HH:mm>", System.Globalization.CultureInfo.InvariantCulture);
}
