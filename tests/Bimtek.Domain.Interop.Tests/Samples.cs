using Bimtek.Domain.Interop.Meetings;
using NodaTime;

namespace Bimtek.Domain.Interop.Tests;

/// <summary>The sample exports in <c>samples/meetings/</c> (invented people), found above the test assembly.</summary>
internal static class Samples
{
    public static readonly DateTimeZone Wib = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];

    public static string Root { get; } = Find();

    // Every display-name fragment and e-mail in the samples: none may appear in a message.
    public static readonly string[] PersonalData =
        ["Sutrisno", "Wibowo", "Rina", "Kusumawati", "Agus", "Prasetyo", "Nurhaliza", "Tamu", "@", "example.go.id", "197905122005011003", "198211302009012004"];

    public static string Path(string name) => System.IO.Path.Combine(Root, "samples", "meetings", name);

    public static string PathOf(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));

    public static MeetingReport Read(string name, DateOrder order = DateOrder.Detect, LocalDate? date = null) =>
        MeetingExportReader.Read(Bytes(name), new MeetingReadOptions(Wib, order, date, name));

    public static IReadOnlyList<RosterOfficial> Roster() =>
    [
        new(Domain.Common.Nip.Parse("197905122005011003"), "Dr. Ir. H. Sutrisno Wibowo, M.T.", ["sutrisno.wibowo@disperin.example.go.id"]),
        new(Domain.Common.Nip.Parse("198211302009012004"), "Rina Kusumawati, S.E., M.M.", ["rina.k@dinkop.example.go.id", "rina.kusuma@mail.example.com"]),
        new(Domain.Common.Nip.Parse("199001072015031001"), "Agus Prasetyo S.Kom.", ["agus.prasetyo@diskominfo.example.go.id"]),
        new(Domain.Common.Nip.Parse("198506202010122002"), "Hj. Siti Nurhaliza", []),
    ];

    public static Instant Wib2020June18(int hour, int minute, int second = 0) =>
        new LocalDateTime(2020, 6, 18, hour, minute, second).InZoneStrictly(Wib).ToInstant();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Bimtek.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Bimtek.Domain.sln not found above the test assembly.");
    }
}
