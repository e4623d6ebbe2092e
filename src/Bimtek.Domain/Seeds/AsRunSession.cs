using Bimtek.Domain.Centres;
using NodaTime;

namespace Bimtek.Domain.Seeds;

/// <summary>A session as it actually ran, as reported by a source: the historical record a schedule can be checked against.</summary>
/// <param name="ProgrammeCode">The programme.</param>
/// <param name="PhaseId">The phase.</param>
/// <param name="Centre">The centre that ran it.</param>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day (inclusive).</param>
/// <param name="Participants">The participants reported, or <see langword="null"/> when the source does not say.</param>
/// <param name="Regencies">The kabupaten/kota reported, or <see langword="null"/> when the source does not say.</param>
/// <param name="Platforms">The platforms reported (e.g. Zoom), possibly none.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record AsRunSession(
    string ProgrammeCode,
    string PhaseId,
    CentreCode Centre,
    LocalDate Start,
    LocalDate End,
    int? Participants,
    int? Regencies,
    IReadOnlyList<string> Platforms,
    string Source);
