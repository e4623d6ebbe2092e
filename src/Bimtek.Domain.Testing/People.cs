using System.Globalization;
using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Testing;

/// <summary>
/// Synthetic officials for tests: NIPs and NIKs that parse and belong to nobody, names from a small invented list, and
/// the industry offices of the reference cast.
/// </summary>
/// <remarks>
/// <para>A generated NIP records an appointment at 17, a year under the civil service's minimum age of 18 at application
/// (PP 11/2017 Pasal 23 ayat (1) huruf a), with a birth in 1975–1999: it parses (Perka BKN 22/2007 sets no age in the
/// number) but no civil servant can hold it. A generated NIK has province part 99, which Kemendagri has never assigned
/// (provinces are 11–96); one for a chosen region has kecamatan part 99 (<em>assumed</em> unused: no kabupaten/kota has
/// that many kecamatan). Same number in, same identity out; different numbers give different identities.</para>
/// <para>Everything here is immutable and thread-safe.</para>
/// </remarks>
public static class People
{
    /// <summary>The worked example of Perka BKN 22/2007 (Amir: born 1 August 1966, appointed March 1988, male, 001), for
    /// tests of parsing and masking. A published example, not one of the generated NIPs.</summary>
    public const string AmirNip = "196608011988031001";

    /// <summary>How many different NIPs and NIKs <see cref="Nip(int)"/> and <see cref="Nik(int)"/> give (numbers 0 to this, exclusive).</summary>
    public const int DistinctIdentities = BirthDays * 999;

    // 9,000 birth days from 1 January 1975 reach September 1999: an appointment at 17 then still lies before 2017.
    private const int BirthDays = 9_000;
    private static readonly LocalDate FirstBirth = new(1975, 1, 1);

    private static readonly string[] GivenNames =
        ["Adi", "Bayu", "Citra", "Dewi", "Eka", "Fajar", "Gita", "Hadi", "Indah", "Joko", "Kirana", "Lestari", "Made", "Nur", "Putu", "Rina", "Sari", "Tono", "Wulan", "Yudi"];

    // Invented family names ("rekaan" and "fiktif" mean made up), so a name in a test is never taken for a person.
    private static readonly string[] FamilyNames =
        ["Rekaan", "Fiktif", "Contohsari", "Ujicoba", "Sintesa", "Percontohan", "Tiruan", "Simulasi"];

    /// <summary>Kab. Serang's industry office (kabupaten/kota level, 36.02).</summary>
    public static readonly Agency SerangIndustryOffice =
        new("Dinas Perindustrian Kabupaten Serang", RegionCode.Parse("36.02"), AgencyLevel.Regency);

    /// <summary>Banten's provincial industry office (province level, 36).</summary>
    public static readonly Agency BantenIndustryOffice =
        new("Dinas Perindustrian dan Perdagangan Provinsi Banten", RegionCode.Parse("36"), AgencyLevel.Province);

    /// <summary>Kota Yogyakarta's industry office (34.71): served by BDI Yogyakarta, invited to <see cref="SessionBuilder"/>'s S1.</summary>
    public static readonly Agency YogyakartaCityOffice =
        new("Dinas Perindustrian Kota Yogyakarta", RegionCode.Parse("34.71"), AgencyLevel.Regency);

    /// <summary>DI Yogyakarta's provincial industry office (34).</summary>
    public static readonly Agency YogyakartaProvinceOffice =
        new("Dinas Perindustrian Provinsi DI Yogyakarta", RegionCode.Parse("34"), AgencyLevel.Province);

    /// <summary>The <paramref name="n"/>-th synthetic NIP: born 1 January 1975 plus <c>n mod 9000</c> days, male for even
    /// <paramref name="n"/> and female for odd, sequence <c>n / 9000 + 1</c>, appointed at 17 (so nobody's).</summary>
    /// <param name="n">The number, 0 to <see cref="DistinctIdentities"/> (exclusive).</param>
    /// <returns>The NIP.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is out of range.</exception>
    public static Nip Nip(int n)
    {
        var (birth, sex, sequence) = Parts(n);
        return Nip(birth, sex, sequence);
    }

    /// <summary>A synthetic NIP with chosen parts, appointed in the birth month 17 years on (so nobody's).</summary>
    /// <param name="birthDate">The date of birth, 1900–2082.</param>
    /// <param name="sex">The sex digit.</param>
    /// <param name="sequence">The sequence number, 1–999.</param>
    /// <returns>The NIP.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    public static Nip Nip(LocalDate birthDate, Sex sex = Sex.Male, int sequence = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(birthDate.Year, 1900, nameof(birthDate));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(birthDate.Year, 2082, nameof(birthDate));
        CheckSex(sex);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 999);
        var appointment = birthDate.PlusYears(17);
        return Domain.Common.Nip.Parse(string.Create(
            CultureInfo.InvariantCulture,
            $"{birthDate:yyyyMMdd}{appointment:yyyyMM}{(int)sex}{sequence:D3}"));
    }

    /// <summary>The <paramref name="n"/>-th synthetic NIK: province part 99 (never assigned), kabupaten/kota 01,
    /// kecamatan 01, the birth date and sex of <see cref="Nip(int)"/> for the same <paramref name="n"/>, sequence
    /// <c>n / 9000 + 1</c>.</summary>
    /// <param name="n">The number, 0 to <see cref="DistinctIdentities"/> (exclusive).</param>
    /// <returns>The NIK.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is out of range.</exception>
    public static Nik Nik(int n)
    {
        var (birth, sex, sequence) = Parts(n);
        return Compose("9901", "01", birth, sex, sequence);
    }

    /// <summary>A synthetic NIK first registered in <paramref name="regency"/>, kecamatan part 99 (so nobody's).</summary>
    /// <param name="regency">A kabupaten/kota code.</param>
    /// <param name="birthDate">The date of birth.</param>
    /// <param name="sex">The sex (a woman's day of birth is written plus 40).</param>
    /// <param name="sequence">The sequence number, 1–9999.</param>
    /// <returns>The NIK.</returns>
    /// <exception cref="ArgumentException"><paramref name="regency"/> is not a kabupaten/kota code.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    public static Nik Nik(RegionCode regency, LocalDate birthDate, Sex sex = Sex.Male, int sequence = 1)
    {
        if (regency.IsDefault || regency.Level != RegionLevel.Regency)
        {
            throw new ArgumentException("A NIK is registered in a kabupaten/kota: give a code such as 34.71.", nameof(regency));
        }

        CheckSex(sex);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 9999);
        return Compose(regency.ToCompactString(), "99", birthDate, sex, sequence);
    }

    /// <summary>The <paramref name="n"/>-th invented name: a given name and an invented family name, e.g. <c>Adi Rekaan</c>.</summary>
    /// <param name="n">Any non-negative number; names repeat every 160.</param>
    /// <returns>The name.</returns>
    public static string Name(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        return $"{GivenNames[n % GivenNames.Length]} {FamilyNames[n / GivenNames.Length % FamilyNames.Length]}";
    }

    /// <summary>The <paramref name="n"/>-th synthetic official: <see cref="Nip(int)"/>, <see cref="Name"/>, a kepala dinas
    /// (JPT Pratama, the audience of <see cref="ProgrammeBuilder"/>'s phases) of Kota Yogyakarta unless told otherwise.</summary>
    /// <param name="n">The number.</param>
    /// <param name="agency">The agency; <see langword="null"/>: <see cref="YogyakartaCityOffice"/>.</param>
    /// <param name="kind">The position kind.</param>
    /// <returns>The participant.</returns>
    public static Participant Official(int n, Agency? agency = null, PositionKind kind = PositionKind.JptPratama) => new(
        Nip(n),
        Name(n),
        new Position(kind, kind == PositionKind.JptPratama ? "Kepala Dinas Perindustrian" : "Kepala Bidang Perindustrian"),
        agency ?? YogyakartaCityOffice);

    /// <summary>A kepala bidang (Administrator) of Kab. Serang's industry office, with <see cref="AmirNip"/>.</summary>
    /// <returns>The participant.</returns>
    public static Participant Amir() => new(
        Domain.Common.Nip.Parse(AmirNip), "Amir Synthetic", new Position(PositionKind.Administrator, "Kepala Bidang Perindustrian"), SerangIndustryOffice);

    private static (LocalDate Birth, Sex Sex, int Sequence) Parts(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(n, DistinctIdentities);
        return (FirstBirth.PlusDays(n % BirthDays), n % 2 == 0 ? Sex.Male : Sex.Female, (n / BirthDays) + 1);
    }

    private static Nik Compose(string regency, string district, LocalDate birth, Sex sex, int sequence) =>
        Participants.Nik.Parse(string.Create(
            CultureInfo.InvariantCulture,
            $"{regency}{district}{birth.Day + (sex == Sex.Female ? 40 : 0):D2}{birth.Month:D2}{birth.Year % 100:D2}{sequence:D4}"));

    private static void CheckSex(Sex sex)
    {
        if (!Enum.IsDefined(sex))
        {
            throw new ArgumentOutOfRangeException(nameof(sex), sex, "Not a Sex value.");
        }
    }
}
