using System.Globalization;
using System.Text;

namespace Bimtek.Domain.Common;

/// <summary>The words for the package's enum members inside messages: Indonesian from this table, English from the member name.</summary>
/// <remarks>
/// Keyed by type and member name, not by type, so the kernel in <c>Common</c> needs no concept below it. A member
/// missing here prints its English words in both languages; the language test over every rule finds such a gap.
/// </remarks>
internal static class RuleTerms
{
    private static readonly Dictionary<string, string> Indonesian = new(StringComparer.Ordinal)
    {
        ["EnrolmentStatus.Waitlisted"] = "daftar tunggu",
        ["EnrolmentStatus.Enrolled"] = "terdaftar",
        ["EnrolmentStatus.Cancelled"] = "dibatalkan",
        ["EnrolmentStatus.Withdrawn"] = "mengundurkan diri",
        ["ProgrammeStatus.Draft"] = "rancangan",
        ["ProgrammeStatus.Published"] = "diumumkan",
        ["ProgrammeStatus.InProgress"] = "berjalan",
        ["ProgrammeStatus.Completed"] = "selesai",
        ["ProgrammeStatus.Cancelled"] = "dibatalkan",
        ["SessionMode.Virtual"] = "daring",
        ["SessionMode.InPerson"] = "tatap muka",
        ["SessionMode.Hybrid"] = "campuran",
        ["DeliveryMode.Virtual"] = "daring",
        ["DeliveryMode.Classical"] = "klasikal",
        ["DeliveryMode.Blended"] = "campuran",
        ["PositionKind.JptUtama"] = "JPT utama",
        ["PositionKind.JptMadya"] = "JPT madya",
        ["PositionKind.JptPratama"] = "JPT pratama",
        ["PositionKind.Administrator"] = "administrator",
        ["PositionKind.Pengawas"] = "pengawas",
        ["PositionKind.Pelaksana"] = "pelaksana",
        ["PositionKind.Fungsional"] = "fungsional",
        ["AgendaItemKind.Teaching"] = "pengajaran",
        ["AgendaItemKind.Opening"] = "pembukaan",
        ["AgendaItemKind.PreTest"] = "pre-test",
        ["AgendaItemKind.PostTest"] = "post-test",
        ["AgendaItemKind.Ishoma"] = "ishoma",
        ["AgendaItemKind.Break"] = "rehat",
        ["AgendaItemKind.Closing"] = "penutupan",
        ["InstrumentKind.PreTest"] = "pre-test",
        ["InstrumentKind.PostTest"] = "post-test",
        ["InstrumentKind.Assignment"] = "penugasan",
        ["InstrumentKind.Observation"] = "pengamatan",
        ["EvaluationKind.PreTest"] = "pre-test",
        ["EvaluationKind.PostTest"] = "post-test",
        ["EvaluationKind.ReactionSurvey"] = "evaluasi penyelenggaraan",
        ["EvaluationKind.Assignment"] = "penugasan",
        ["PhaseDelivery.Central"] = "terpusat",
        ["PhaseDelivery.ThroughServingCentres"] = "melalui balai yang melayani",
        ["AttendanceMark.Present"] = "hadir",
        ["AttendanceMark.Excused"] = "izin",
        ["AttendanceMark.Absent"] = "tidak hadir",
        ["ItemAttendanceStatus.Attended"] = "hadir",
        ["ItemAttendanceStatus.Absent"] = "tidak hadir",
        ["ItemAttendanceStatus.Excused"] = "izin",
        ["ItemAttendanceStatus.NotApplicable"] = "tidak berlaku",
        ["AgencyLevel.Central"] = "pusat",
        ["AgencyLevel.Province"] = "provinsi",
        ["AgencyLevel.Regency"] = "kabupaten/kota",
        ["RegionLevel.Province"] = "provinsi",
        ["RegionLevel.Regency"] = "kabupaten/kota",
        ["NonWorkingDayKind.NationalHoliday"] = "hari libur nasional",
        ["NonWorkingDayKind.CollectiveLeave"] = "cuti bersama",
        ["NonWorkingDayKind.ElectionDay"] = "hari pemungutan suara",
        ["NonWorkingDayKind.HostClosure"] = "penutupan oleh penyelenggara",
        ["NonWorkingDayKind.Weekend"] = "akhir pekan",
        ["Provenance.Sourced"] = "bersumber",
        ["Provenance.Assumed"] = "asumsi",
        ["Provenance.HostSupplied"] = "dari penyelenggara",
    };

    /// <summary>Gets the words for <paramref name="member"/> in the language of <paramref name="culture"/>.</summary>
    public static string Name(Enum member, CultureInfo culture)
    {
        var name = member.ToString();
        if (RuleLanguage.IsIndonesian(culture) && Indonesian.TryGetValue($"{member.GetType().Name}.{name}", out var words))
        {
            return words;
        }

        return Words(name);
    }

    /// <summary>Gets whether the table has Indonesian words for <paramref name="member"/>.</summary>
    public static bool HasIndonesian(Enum member) => Indonesian.ContainsKey($"{member.GetType().Name}.{member}");

    // "InPerson" → "in person": the member's words in lower case.
    private static string Words(string name)
    {
        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && char.IsLower(name[i - 1]))
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(name[i]));
        }

        return words.ToString();
    }
}
