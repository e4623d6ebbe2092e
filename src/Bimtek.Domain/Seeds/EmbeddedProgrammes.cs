using System.Globalization;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Serialization;
using NodaTime.Text;

namespace Bimtek.Domain.Seeds;

/// <summary>The programmes embedded in the package as seeds (<c>seeds/programmes/</c>), with their sources and assumptions.</summary>
public static class EmbeddedProgrammes
{
    /// <summary>The code of the 2020 Kemenperin bimtek on the Covid-19 "new normal" (provinces in May, kabupaten/kota in June).</summary>
    public const string NewNormal2020 = "KEMENPERIN-2020-NEW-NORMAL";

    private static readonly Dictionary<string, string> Resources = new(StringComparer.Ordinal)
    {
        [NewNormal2020] = "kemenperin-2020-new-normal",
    };

    /// <summary>Gets the codes of the embedded programmes.</summary>
    public static IReadOnlyList<string> Codes { get; } = Resources.Keys.Order(StringComparer.Ordinal).ToList().AsReadOnly();

    /// <summary>Loads an embedded programme (a new instance each time: its status can change).</summary>
    /// <param name="code">One of <see cref="Codes"/>.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="KeyNotFoundException">No embedded programme has that code.</exception>
    public static Programme Load(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!Resources.TryGetValue(code, out var name))
        {
            throw new KeyNotFoundException($"No embedded programme has code '{code}'; embedded: {string.Join(", ", Codes)}.");
        }

        using var stream = EmbeddedSeed.Open($"programmes.{name}.json");
        return BimtekJson.DeserializeProgramme(stream, $"seeds/programmes/{name}.json");
    }

    /// <summary>Loads an embedded programme, or gives <see langword="null"/> for an unknown code: a resolver for
    /// <see cref="BimtekJson.DeserializeSchedule"/> as it is.</summary>
    /// <param name="code">A programme code.</param>
    /// <returns>The programme, or <see langword="null"/>.</returns>
    public static Programme? Find(string? code) => TryLoad(code, out var programme) ? programme : null;

    /// <summary>Tries to load an embedded programme.</summary>
    /// <param name="code">A programme code.</param>
    /// <param name="programme">The programme, or <see langword="null"/> when no embedded programme has that code.</param>
    /// <returns>Whether one has.</returns>
    public static bool TryLoad(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Programme? programme)
    {
        programme = code is not null && Resources.ContainsKey(code) ? Load(code) : null;
        return programme is not null;
    }

    /// <summary>
    /// Loads the schedule of an embedded programme as far as the sources report it: the sessions that ran, on their days,
    /// at their centres, with the kabupaten/kota those centres serve. Agendas, speakers and seat limits are assumed (see
    /// <c>seeds/programmes/SOURCES.md</c>), so the schedule is a record to check, not a plan.
    /// </summary>
    /// <param name="code">One of <see cref="Codes"/>.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="KeyNotFoundException">No embedded programme has that code.</exception>
    public static Schedule LoadAsRunSchedule(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!Resources.TryGetValue(code, out var name))
        {
            throw new KeyNotFoundException($"No embedded programme has code '{code}'.");
        }

        using var reader = new StreamReader(EmbeddedSeed.Open($"programmes.{name}-as-run-schedule.json"));
        return BimtekJson.DeserializeSchedule(reader.ReadToEnd(), $"seeds/programmes/{name}-as-run-schedule.json", c => c == code ? Load(code) : null);
    }

    /// <summary>Gets the sessions of an embedded programme as they actually ran, as far as the sources report them.</summary>
    /// <param name="code">One of <see cref="Codes"/>.</param>
    /// <returns>The sessions, in date order; empty when none are recorded.</returns>
    /// <exception cref="KeyNotFoundException">No embedded programme has that code.</exception>
    public static IReadOnlyList<AsRunSession> AsRunSessions(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!Resources.ContainsKey(code))
        {
            throw new KeyNotFoundException($"No embedded programme has code '{code}'.");
        }

        return EmbeddedSeed.ReadCsv("programmes.kemenperin-2020-as-run.csv", "programme", "phase", "centre", "start", "end", "participants", "regencies", "platform", "source")
            .Where(row => row["programme"] == code)
            .Select(row => new AsRunSession(
                row["programme"],
                row["phase"],
                CentreCode.TryParse(row["centre"], out var centre) ? centre : throw row.Error("centre", "not a centre code"),
                Date(row, "start"),
                Date(row, "end"),
                Count(row, "participants"),
                Count(row, "regencies"),
                row["platform"].Split(';', StringSplitOptions.RemoveEmptyEntries).ToList().AsReadOnly(),
                row["source"]))
            .OrderBy(s => s.Start)
            .ToList()
            .AsReadOnly();
    }

    private static NodaTime.LocalDate Date(SeedRow row, string column) =>
        LocalDatePattern.Iso.Parse(row[column]) is { Success: true } result ? result.Value : throw row.Error(column, "not an ISO date");

    // An empty cell means the source does not say; it is not zero.
    private static int? Count(SeedRow row, string column) =>
        row[column].Length == 0 ? null
        : int.TryParse(row[column], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : throw row.Error(column, "not a whole number");
}
