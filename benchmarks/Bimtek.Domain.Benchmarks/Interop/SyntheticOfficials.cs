using System.Globalization;
using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.Benchmarks.Interop;

/// <summary>
/// Invented officials for the interop benchmarks: valid, distinct NIPs (born 1960–1987, appointed January 2010), distinct
/// three-part names and one e-mail each. Nobody real.
/// </summary>
internal static class SyntheticOfficials
{
    private static readonly string[] First =
    [
        "Adi", "Agus", "Ahmad", "Andi", "Anisa", "Ari", "Bambang", "Bayu", "Budi", "Cahya", "Dedi", "Dewi", "Dian", "Dimas", "Eka",
        "Endang", "Fajar", "Fitri", "Gilang", "Hadi", "Hendra", "Indah", "Irfan", "Joko", "Kartika", "Lestari", "Made", "Maya", "Nanda", "Nur",
        "Putri", "Rahmat", "Ratna", "Reza", "Rina", "Rudi", "Sari", "Setiawan", "Siti", "Sri", "Taufik", "Teguh", "Tri", "Umar", "Wahyu",
        "Wulan", "Yanti", "Yogi", "Yudi", "Zainal",
    ];

    private static readonly string[] Middle =
    [
        "Adi", "Bagus", "Cahyo", "Darma", "Eko", "Firman", "Guntur", "Hari", "Iwan", "Jaya", "Kurnia", "Laksana", "Mulya", "Nugraha", "Oka",
        "Pratama", "Rahayu", "Saputra", "Tirta", "Utama", "Wibawa", "Yasa", "Zulkifli", "Ananda", "Bima", "Candra", "Dharma", "Esa", "Fauzi", "Galih",
        "Hakim", "Ilham", "Jati", "Kusuma", "Lukman", "Mahendra", "Naufal", "Purnama", "Rizki", "Satria", "Tama", "Usman", "Wira", "Yoga", "Zaki",
        "Aryo", "Bayu", "Cipta", "Dwi", "Elang",
    ];

    private static readonly string[] Last =
    [
        "Santoso", "Wijaya", "Susanto", "Hidayat", "Nugroho", "Kurniawan", "Siregar", "Nasution", "Harahap", "Simanjuntak",
        "Pangaribuan", "Situmorang", "Lubis", "Tanjung", "Rangkuti", "Sembiring", "Ginting", "Tarigan", "Manurung", "Sinaga",
    ];

    public static Nip NipOf(int index)
    {
        var birth = new LocalDate(1960, 1, 1).PlusDays(index % 10_000);
        var sequence = (index / 10_000) + 1;
        return Nip.Parse(string.Create(CultureInfo.InvariantCulture, $"{birth:yyyyMMdd}2010011{sequence:000}"));
    }

    /// <summary>Distinct for index below 50,000 (50 × 50 × 20).</summary>
    public static string NameOf(int index) => $"{First[index % 50]} {Middle[(index / 50) % 50]} {Last[(index / 2500) % 20]}";

    public static string EmailOf(int index) => string.Create(CultureInfo.InvariantCulture, $"pegawai{index:000000}@dinas.example.go.id");
}
