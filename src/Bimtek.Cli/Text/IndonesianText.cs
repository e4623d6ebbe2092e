using System.Globalization;
using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Cli.Text;

/// <summary>The tool's texts in Bahasa Indonesia.</summary>
internal sealed class IndonesianText : CliText
{
    public override string Language => "id";

    public override CultureInfo Culture => RuleLanguage.Indonesian;

    public override string Pick(string indonesian, string? english) => indonesian;

    public override string YesNo(bool value) => value ? "ya" : "tidak";

    public override string Severity(FluentValidation.Severity severity) => severity switch
    {
        FluentValidation.Severity.Error => "kesalahan",
        FluentValidation.Severity.Warning => "peringatan",
        _ => "catatan",
    };

    public override string Name(Enum value) => RuleLanguage.NameOf(value, Culture);

    public override string NoRuleBroken => "Tidak ada aturan yang dilanggar.";

    public override string Findings(int errors, int others) => $"{errors} kesalahan, {others} peringatan atau catatan.";

    public override string At => "pada";

    public override string RegionsTitle(LocalDate date, int count) => $"Daerah per {Date(date)}: {count}";

    public override string[] RegionsHeaders => ["Kode", "Nama", "Jenis", "Otonom", "Zona", "Balai"];

    public override string CentresTitle(LocalDate date) => $"Balai diklat per {Date(date)}";

    public override string[] CentresHeaders => ["Kode", "Nama", "Zona", "Provinsi", "Kab/kota (semua)", "Otonom (direncanakan)", "Asal data"];

    public override string Mixed => "campuran";

    public override string None => "tidak ada";

    public override string RegionsBeforeData(LocalDate asked, LocalDate from) =>
        $"--as-of {Date(asked)} sebelum data wilayah: data berlaku sejak {Date(from)}.";

    public override string CentresFootnote =>
        "Kab/kota (semua) menghitung semua kabupaten/kota yang dilayani, termasuk enam kabupaten/kota administrasi DKI Jakarta; Otonom (direncanakan) menghitung yang otonom, yang diundang oleh bimtek plan. "
        + "Asal data 'asumsi': tidak ditemukan sumber untuk wilayah layanan itu; aplikasi pengguna dapat menggantinya (BimtekOptions.ServiceAreas).";

    public override string NonWorkingTitle(int year, int count, int onWeekends) =>
        $"Hari libur nasional, cuti bersama, hari pemungutan suara dan libur instansi {year}: {count}" + (onWeekends > 0 ? $" ({onWeekends} di antaranya jatuh pada akhir pekan)" : string.Empty);

    public override string OnWeekend => "(akhir pekan)";

    public override string[] NonWorkingHeaders => ["Tanggal", "Hari", "Jenis", "Nama", "Dasar hukum"];

    public override string HostClosure => "libur instansi";

    public override string HoursTitle(int year, string label, string zoneId, string offset, int workingDays) =>
        $"Jam kerja {year} dalam {label} ({zoneId}, UTC{offset}); {workingDays} hari kerja";

    public override string[] HoursHeaders => ["Berlaku", "Hari", "Waktu kerja", "Istirahat", "JP", "Dasar hukum", "Asal data"];

    public override string InForce(LocalDate? from, LocalDate? until) => (from, until) switch
    {
        (null, null) => "selalu",
        (null, { } u) => $"sampai {Date(u)} (tidak termasuk)",
        ({ } f, null) => $"sejak {Date(f)}",
        ({ } f, { } u) => $"{Date(f)} sampai {Date(u)} (tidak termasuk)",
    };

    public override string CalendarFootnote => "Hari yang tidak tercantum bukan hari kerja. Jam kerja Ramadan tidak dimodelkan.";

    public override string AssumedHoursFootnote =>
        "Asal data 'asumsi': peraturan tidak lagi menetapkan jadwal ini (Perpres 21/2023 menyerahkannya kepada tiap instansi); aplikasi pengguna dapat menggantinya (BimtekOptions.WorkingHoursRules).";

    public override string Organiser(string organiser) => $"Penyelenggara: {organiser}";

    public override string ProgrammeSummary(int fiscalYear, string mode, int totalJp, string status) =>
        $"Tahun anggaran {fiscalYear}, {mode}, {totalJp} JP, status {status}";

    public override string CurriculumTitle => "Kurikulum";

    public override string[] CurriculumHeaders => ["Kode", "Mata pelatihan", "JP", "Kompetensi"];

    public override string PhaseLine(string id, string name) => $"Tahap {id}: {name}";

    public override string PhaseDetail(string level, LocalDate start, LocalDate end, string delivery, string? after, LocalDate? opened, string? official) =>
        $"  tingkat {level}, {Date(start)} sampai {Date(end)}, penyelenggaraan {delivery}"
        + (after is null ? string.Empty : $", setelah tahap {after}")
        + (opened is { } o ? $", dibuka {Date(o)} oleh {official}" : string.Empty);

    public override string PerRegion(int participants, string audience) => $"  per daerah ({participants}): {audience}";

    public override string Completion(decimal minimumAttendance, decimal passMark, string evaluations) =>
        $"Kelulusan: kehadiran ≥ {Number(minimumAttendance)} %, nilai ≥ {Number(passMark)}, evaluasi: {evaluations}";

    public override string AssumptionsHeading(int count) => $"Asumsi: {count}, sebagaimana dicatat sumbernya (teks sumber berbahasa Inggris):";

    public override string ValidationVerdict(int findings) => findings == 0 ? "Validasi: tidak ada aturan yang dilanggar." : $"Validasi: {findings} temuan.";

    public override string RulesTitle(int count) => $"{count} aturan";

    public override string[] RulesHeaders => ["Kode", "Tingkat", "Pesan"];

    public override string PlanTitle(string programme, string phase, int capacity, string mode) => $"{programme} · {phase} · {capacity} per kelas, {mode}";

    public override string[] PlanHeaders => ["Tanggal", "Sesi", "Balai", "Daerah", "Peserta", "Zona"];

    public override string Days(int days) => $"{days} hari";

    public override string PlanCost(Rendering.PlanSummary s) =>
        $"{Count(s.Classes)} kelas" + (s.FewestPossibleClasses is { } fewest ? $" (paling sedikit yang mungkin: {Count(fewest)})" : string.Empty)
        + $" untuk {Count(s.Participants)} peserta; {Count(s.ClassDays)} hari-kelas"
        + (s.FirstDay is { } first && s.LastDay is { } last ? $" dari {Date(first)} sampai {Date(last)}, kelas berlangsung pada {Count(s.DaysWithClasses)} hari" : string.Empty)
        + (s.Cost is { } c ? $"; {Count(c.ProvinceSplits)} provinsi terbagi ke beberapa kelas, {Count(c.MixedZoneClasses)} kelas dengan zona waktu campuran, paling banyak {Count(c.PeakClassesPerDay)} kelas sehari." : ".");

    public override string PageWritten(string file) => $"Halaman jadwal ditulis ke {file} (buka di peramban; dapat dibuka tanpa internet dan dicetak pada A4 mendatar).";

    public override string NotPlanned(int count, string regions) => $"{count} daerah belum terencana: {regions}";

    public override string ValidatorOnPlan => "Validasi atas rencana: ";

    public override string ScheduleWritten(string file) => $"Jadwal ditulis ke {file}; periksa dengan: bimtek validate --schedule {file}";

    public override string AttendanceTitle(decimal minimum) => $"Kehadiran (minimal {Number(minimum)} % dari JP yang berlaku)";

    public override string[] AttendanceHeaders => ["Sesi", "NIP (disamarkan)", "JP dihadiri", "JP berlaku", "%", "Kehadiran terpenuhi"];

    public override string AttendanceSummary(int participants, int rejected) => $"{participants} peserta; {rejected} baris ditolak.";

    public override string InvitesTitle(int files, int events) => $"Undangan kalender: {Count(files)} berkas, {Count(events)} acara";

    public override string[] InvitesHeaders => ["Berkas", "Untuk", "Sesi", "Acara"];

    public override string SiasnPayloadsTitle(int payloads, string? written) =>
        $"Riwayat kursus SIASN: {Count(payloads)} payload" + (written is null ? " (diperiksa, tidak ditulis: beri --out F)" : $" ditulis ke {written}");

    public override string[] SiasnPayloadsHeaders => ["Sertifikat", "NIP (disamarkan)", "Kursus", "JP", "Tahun", "Tanggal"];

    public override string SiasnProvenance => "Nama kolom mengikuti kode klien SIASN publik (asumsi: tidak ditemukan spesifikasi resmi); setiap id rujukan dari pemetaan.";

    public override string SiasnLedgerTitle(int minimum) => $"JP per pegawai dan tahun: tercatat di SIASN dan dari sertifikat (minimal {minimum} JP setahun)";

    public override string[] SiasnLedgerHeaders => ["NIP (disamarkan)", "Tahun", "JP SIASN", "JP sertifikat", "Total JP", "Minimal terpenuhi"];

    public override string ResolutionSummary(string document, string format, int rows, int resolved, int[] bySteps, int ambiguous, int unresolved, int hostRows, int guestRows) =>
        $"{document} ({format}): {Count(rows)} baris; {Count(resolved)} dikenali (lewat e-mail {Count(bySteps[0])}, NIP pada nama {Count(bySteps[1])}, nama {Count(bySteps[2])}, pemetaan penyelenggara {Count(bySteps[3])}), {Count(ambiguous)} ganda, {Count(unresolved)} tidak dikenali; {Count(hostRows)} baris tuan rumah, {Count(guestRows)} baris tamu.";

    public override string ReportSummary(string programme, int read, int refused, decimal passMark) =>
        $"Program {programme}: {read} baris dibaca, {refused} ditolak; batas lulus {Number(passMark)} (inklusif).";

    public override string ReportLegend =>
        "g rerata: gain kelas menurut Hake dari rerata pra-tes dan pasca-tes; rerata g: rata-rata gain masing-masing peserta (t/a: pra-tes sudah 100).";

    public override string[] ReportScopes => ["Kelas", "Balai", "Provinsi", "Program"];

    public override string[] ReportHeaders(string grades) =>
        ["kunci", "n", "daerah terjangkau", "lulus", "hadir", "pra", "pasca", "g rerata", "rerata g", "lulus nilai", grades, "kesenjangan teratas"];

    public override string NotApplicable(int count) => $"({count} t/a)";

    public override string EmptyRowsOmitted(int count) => $"{count} baris tanpa peserta tidak ditampilkan (--include-empty menampilkannya).";

    public override string CellsShortened(int count, int max) => $"{count} kunci lebih dari {max} karakter dipendekkan dengan … dalam tabel (--json menampilkannya utuh).";
}
