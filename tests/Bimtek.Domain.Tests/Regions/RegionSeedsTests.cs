using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using NodaTime;
using static Bimtek.Domain.Testing.Reference;

namespace Bimtek.Domain.Tests.Regions;

/// <summary>
/// The region directory built afresh from seed texts a test gives (the embedded directory is built once per process):
/// what each seed file contributes, and a malformed seed refused with its file, line, column and rule.
/// </summary>
public class RegionSeedsTests
{
    // A small world in the seeds' own formats: Jakarta with one kota administrasi, Papua and Papua Barat before and after
    // their 2022 splits (two laws, two effective dates).
    private static readonly Dictionary<string, string> World = new(StringComparer.Ordinal)
    {
        ["regions.provinces.csv"] = """
            code,name,timezone
            31,DKI Jakarta,Asia/Jakarta
            91,Papua,Asia/Jayapura
            92,Papua Barat,Asia/Jayapura
            93,Papua Selatan,Asia/Jayapura
            96,Papua Barat Daya,Asia/Jayapura
            """,
        ["regions.province-history.csv"] = """
            code,name,parent_code,law,effective,inaugurated,source
            93,Papua Selatan,91,UU 14/2022,2022-07-25,2022-11-11,UU 14/2022
            96,Papua Barat Daya,92,UU 29/2022,2022-12-08,,UU 29/2022
            """,
        ["regions.administrative-units.csv"] = """
            code,name,kind,basis
            31.71,Jakarta Pusat,Kota,UU 29/2007 (kota administrasi)
            """,
        ["regions.papua-2022-recode.csv"] = """
            old_code,old_province_code,new_code,new_province_code,name,kind,law
            91.01,91,93.01,93,Merauke,Kabupaten,UU 14/2022
            91.03,91,91.03,91,Jayapura,Kabupaten,UU 14/2022
            """,
        ["regions.regencies.csv"] = """
            code,province_code,name,kind
            91.71,91,Jayapura,Kota
            31.71,31,Jakarta Pusat,Kota
            91.03,91,Jayapura,Kabupaten
            93.01,93,Merauke,Kabupaten
            """,
        ["regions.province-aliases.csv"] = """
            code,alias
            31,DKI
            """,
        ["regions.regency-aliases.csv"] = """
            code,alias,basis
            91.03,Djajapura,old spelling
            91.71,Jayapura,its own name again
            """,
    };

    private static readonly LocalDate BeforeSplit = new(2020, 6, 1);
    private static readonly LocalDate AfterSplit = new(2023, 1, 2);

    [Fact]
    public void EachSeedFile_AddsWhatItHolds()
    {
        var directory = Build();

        Codes(directory.GetAllProvinces()).Should().Equal("31", "91", "92", "93", "96");
        var selatan = directory.FindProvince(Code("93"), AfterSplit)!;
        (selatan.ValidFrom, selatan.SplitFrom, selatan.EstablishedBy).Should().Be((new LocalDate(2022, 7, 25), Code("91"), "UU 14/2022"));
        directory.FindProvince(Code("93"), BeforeSplit).Should().BeNull();
        directory.FindProvince(Code("31"), BeforeSplit)!.TimeZone.Id.Should().Be("Asia/Jakarta");

        directory.FindRegency(Code("31.71"), BeforeSplit)!.IsAutonomous.Should().BeFalse("a kota administrasi is listed in administrative-units.csv");
        directory.FindRegency(Code("91.03"), BeforeSplit)!.IsAutonomous.Should().BeTrue();
    }

    [Fact]
    public void ARecodedRegency_HasItsOldVersionUntilItsNewProvincesLaw_AndItsNewOneAfter()
    {
        var directory = Build();

        var old = directory.FindRegency(Code("91.01"), BeforeSplit)!;
        var current = directory.FindRegency(Code("93.01"), AfterSplit)!;
        (old.Name, old.ValidUntil, old.Successor, old.TimeZone.Id).Should().Be(("Merauke", new LocalDate(2022, 7, 25), Code("93.01"), "Asia/Jayapura"));
        (current.ValidFrom, current.Predecessor).Should().Be((new LocalDate(2022, 7, 25), Code("91.01")));
        directory.FindRegency(Code("93.01"), BeforeSplit).Should().BeNull();
        directory.FindRegency(Code("91.03"), AfterSplit)!.Predecessor.Should().BeNull("a crosswalk row that keeps its code is no move");
    }

    [Fact]
    public void TheListsInForceOnADate_FollowEachVersionsPeriod_InCodeOrder()
    {
        var directory = Build();

        Codes(directory.GetProvinces(BeforeSplit)).Should().Equal("31", "91", "92");
        Codes(directory.GetProvinces(new LocalDate(2022, 12, 7))).Should().Equal("31", "91", "92", "93");
        Codes(directory.GetProvinces(new LocalDate(2022, 12, 8))).Should().Equal("31", "91", "92", "93", "96");
        Codes(directory.GetProvinces(AfterSplit)).Should().Equal("31", "91", "92", "93", "96");
        Codes(directory.GetRegencies(new LocalDate(1990, 1, 1))).Should().Equal("31.71", "91.01", "91.03", "91.71");
        Codes(directory.GetRegencies(new LocalDate(2022, 7, 24))).Should().Equal("31.71", "91.01", "91.03", "91.71");
        Codes(directory.GetRegencies(new LocalDate(2022, 7, 25))).Should().Equal("31.71", "91.03", "91.71", "93.01");
        Codes(directory.GetRegencies(Code("91"), AfterSplit)).Should().Equal("91.03", "91.71");
    }

    [Fact]
    public void NamesAndAliases_ResolveInCodeOrder_EachRegionOnce()
    {
        var directory = Build();

        directory.ResolveName("DKI", BeforeSplit).Region!.Code.Should().Be(Code("31"));
        directory.ResolveName("Papua Selatan", AfterSplit).Region!.Code.Should().Be(Code("93"));
        directory.ResolveName("Papua Selatan", BeforeSplit).Matches.Should().BeEmpty();
        directory.ResolveName("Djajapura", BeforeSplit).Region!.Code.Should().Be(Code("91.03"));
        directory.ResolveName("Jayapura", BeforeSplit).Matches.Select(r => r.Code.ToString()).Should().Equal("91.03", "91.71");
    }

    public static TheoryData<string, string, string> Malformed() => new()
    {
        { "regions.provinces.csv", "code,name,timezone\n31,DKI Jakarta,Asia/Nowhere\n", "Seed regions.provinces.csv line 2, column 'timezone' = 'Asia/Nowhere': not an IANA time zone id" },
        { "regions.provinces.csv", "code,name,timezone\n3x,DKI Jakarta,Asia/Jakarta\n", "Seed regions.provinces.csv line 2, column 'code' = '3x': *" },
        { "regions.province-history.csv", "code,name,parent_code,law,effective,inaugurated,source\n93,Papua Selatan,91,UU 14/2022,25-07-2022,,UU\n", "Seed regions.province-history.csv line 2, column 'effective' = '25-07-2022': not an ISO date (yyyy-MM-dd)" },
        { "regions.province-history.csv", "code,name,parent_code,law,effective,inaugurated,source\n", "Seed regions.regencies.csv line 5, column 'code' = '93.01': is recoded but its province has no effective date in province-history.csv" },
        { "regions.regencies.csv", "code,province_code,name,kind\n31.71,91,Jakarta Pusat,Kota\n", "Seed regions.regencies.csv line 2, column 'province_code' = '91': does not match the province part of 31.71" },
        { "regions.regencies.csv", "code,province_code,name,kind\n31.71,31,Jakarta Pusat,kota\n", "Seed regions.regencies.csv line 2, column 'kind' = 'kota': expected Kabupaten or Kota" },
        { "regions.regencies.csv", "code,province_code,name,kind\n31.71,31,Jakarta Pusat,Kabupaten\n", "Seed regions.regencies.csv line 2, column 'kind' = 'Kabupaten': contradicts the code 31.71" },
        { "regions.regencies.csv", "code,province_code,name,kind\n32.01,32,Bogor,Kabupaten\n", "Seed regions.regencies.csv line 2, column 'province_code' = '32': no such province" },
        { "regions.provinces.csv", "code,name,timezone\n31,DKI Jakarta,Asia/Jakarta\n91,Papua,Asia/Jayapura\n31,Jakarta,Asia/Jakarta\n", "Seed regions.provinces.csv line 4, column 'code' = '31': appears twice (first on line 2)" },
        { "regions.province-history.csv", "code,name,parent_code,law,effective,inaugurated,source\n93,Papua Selatan,91,UU 14/2022,2022-07-25,,UU\n93,Papua Selatan,91,UU 14/2022,2022-07-25,,UU\n", "Seed regions.province-history.csv line 3, column 'code' = '93': appears twice (first on line 2)" },
        { "regions.papua-2022-recode.csv", "old_code,old_province_code,new_code,new_province_code,name,kind,law\n91.01,91,93.01,93,Merauke,Kabupaten,UU\n91.02,91,93.01,93,Merauke,Kabupaten,UU\n", "Seed regions.papua-2022-recode.csv line 3, column 'new_code' = '93.01': appears twice (first on line 2)" },
        { "regions.regencies.csv", "code,province_code,name,kind\n91.03,91,Jayapura,Kabupaten\n91.71,91,Jayapura,Kota\n91.01,91,Merauke,Kabupaten\n93.01,93,Merauke,Kabupaten\n", "Kabupaten/kota code 91.01 appears twice in the region seeds." },
        { "regions.province-aliases.csv", "code,alias\n32,Jabar\n", "Alias 'Jabar' names unknown province 32." },
        { "regions.regency-aliases.csv", "code,alias,basis\n32.01,Bogor,test\n", "Alias 'Bogor' names unknown kabupaten/kota 32.01." },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void AMalformedSeed_IsRefusedNamingItsFileLineColumnAndRule(string resource, string text, string message)
    {
        var act = () => Build((resource, text));

        act.Should().ThrowExactly<InvalidDataException>().WithMessage(message);
    }

    [Fact]
    public void ANameWithAKindWord_FallsBackToTheWholeText_WhenTheWordIsPartOfTheName()
    {
        // "Kota Baru" reads as the kota "Baru" first; there is none, and the kabupaten is Kotabaru.
        Map.ResolveName("Kota Baru", Today).Region!.Code.Should().Be(Code("63.02"));
        ((Action)(() => Map.ResolveName(null!, Today))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("name");
    }

    private static IEnumerable<string> Codes(IEnumerable<Region> regions) => regions.Select(r => r.Code.ToString());

    private static RegionDirectory Build(params (string Resource, string Text)[] replaced)
    {
        var texts = new Dictionary<string, string>(World, StringComparer.Ordinal);
        foreach (var (resource, text) in replaced)
        {
            texts[resource] = text;
        }

        return RegionDirectory.FromSeeds((resource, columns) =>
        {
            using var reader = new StringReader(texts[resource]);
            return EmbeddedSeed.ReadCsv(reader, resource, columns);
        });
    }
}
