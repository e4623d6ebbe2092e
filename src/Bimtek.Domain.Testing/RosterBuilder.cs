using Bimtek.Domain.Attendance;
using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.Testing;

/// <summary>A session's roster for attendance: by default the synthetic officials 1 to 3, enrolled before the session.</summary>
public sealed class RosterBuilder
{
    private readonly List<RosterEntry> _entries = [];

    /// <summary>Adds the synthetic officials 1 to <paramref name="count"/> (<see cref="People.Nip(int)"/>).</summary>
    /// <param name="count">How many.</param>
    /// <returns>This builder.</returns>
    public RosterBuilder Of(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return With(Enumerable.Range(1, count).Select(People.Nip));
    }

    /// <summary>Adds officials enrolled before the session.</summary>
    /// <param name="nips">Their NIPs.</param>
    /// <returns>This builder.</returns>
    public RosterBuilder With(IEnumerable<Nip> nips)
    {
        ArgumentNullException.ThrowIfNull(nips);
        _entries.AddRange(nips.Select(n => new RosterEntry(n)));
        return this;
    }

    /// <summary>Adds an official enrolled late, at <paramref name="enrolledAt"/> (items before it do not count against them).</summary>
    /// <param name="nip">The NIP.</param>
    /// <param name="enrolledAt">When they were enrolled.</param>
    /// <returns>This builder.</returns>
    public RosterBuilder WithLate(Nip nip, Instant enrolledAt)
    {
        _entries.Add(new RosterEntry(nip, enrolledAt));
        return this;
    }

    /// <summary>Builds the roster; with nothing added, officials 1 to 3.</summary>
    /// <returns>The entries.</returns>
    public IReadOnlyList<RosterEntry> Build() =>
        _entries.Count > 0 ? _entries.ToList().AsReadOnly() : Enumerable.Range(1, 3).Select(n => new RosterEntry(People.Nip(n))).ToList().AsReadOnly();
}
