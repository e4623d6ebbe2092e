using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Bimtek.Domain.Tests.Participants;

public class NikTests
{
    // Dukcapil's own example: Banten (36), Kab. Serang (02), kecamatan 04, born 12 Nov 1987, male, sequence 0001.
    private const string Serang = "3602041211870001";

    [Theory]
    [InlineData(Serang)]
    [InlineData("360204 121187 0001")]
    [InlineData("36.02.04.121187.0001")]
    public void Parse_WhenValid_ExposesParts(string text)
    {
        var nik = Nik.Parse(text);

        nik.Regency.Should().Be(Reference.Code("36.02"));
        nik.DistrictPart.Should().Be(4);
        nik.BirthDay.Should().Be(12);
        nik.BirthMonth.Should().Be(11);
        nik.BirthYearOfCentury.Should().Be(87);
        nik.Sex.Should().Be(Sex.Male);
        nik.SequenceNumber.Should().Be(1);
        nik.GetBirthDate(Reference.Today).Should().Be(new LocalDate(1987, 11, 12));
        nik.ToUnmaskedString().Should().Be(Serang);
    }

    [Fact]
    public void Parse_WhenDayIsAboveForty_IsAWoman()
    {
        // Dukcapil's female example: day 45 − 40 = 5, born 5 Aug 1968.
        var nik = Nik.Parse("3515144508680002");

        nik.Sex.Should().Be(Sex.Female);
        nik.BirthDay.Should().Be(5);
        nik.GetBirthDate(Reference.Today).Should().Be(new LocalDate(1968, 8, 5));
    }

    [Fact]
    public void Parse_WhenPrefixIsAnOldPapuaCode_IsValidAndResolvesToTheNewCode()
    {
        // Registered in Merauke before UU 14/2022: the NIK keeps 91.01 for life; the map now calls it 93.01.
        var nik = Nik.Parse("9101015505900003");

        nik.Regency.Should().Be(Reference.Code("91.01"));
        Reference.Map.FindRegency(nik.Regency, Reference.Today)!.Code.Should().Be(Reference.Code("93.01"));
        Reference.Map.FindRegency(nik.Regency, Reference.June2020)!.Code.Should().Be(Reference.Code("91.01"));
    }

    [Fact]
    public void GetBirthDate_WhenTheYearWouldBeInTheFuture_TakesThePreviousCentury()
    {
        var nik = Nik.Parse("3602041211300001");

        nik.GetBirthDate(new LocalDate(2026, 1, 1)).Should().Be(new LocalDate(1930, 11, 12));
        Nik.Parse("3602041201050001").GetBirthDate(new LocalDate(2026, 1, 1)).Should().Be(new LocalDate(2005, 1, 12));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("360204121187000", "got 15")]
    [InlineData("1002041211870001", "province part")]
    [InlineData("9902041211870001", "province part")] // 99: no province has had it
    [InlineData("2002041211870001", "province part")] // 20: between Sumatra (11–19) and Kepulauan Riau (21)
    [InlineData("5402041211870001", "province part")] // 54: not a province of the regions data
    [InlineData("3600041211870001", "kabupaten/kota part")]
    [InlineData("3602001211870001", "kecamatan part")]
    [InlineData("3602040011870001", "day of birth")]
    [InlineData("3602043511870001", "day of birth")]
    [InlineData("3602047211870001", "day of birth")]
    [InlineData("3602041213870001", "month of birth")]
    [InlineData("3602043102870001", "does not exist")]
    [InlineData("3602042902870001", "does not exist")]
    [InlineData("3602047102870001", "does not exist")]
    [InlineData("3602041211870000", "sequence number")]
    [InlineData("360 2041211870001", "after digit 3")]
    public void Parse_WhenWrong_GivesTheReasonWithoutTheDigits(string text, string reason)
    {
        Nik.TryParse(text, out var nik, out var why).Should().BeFalse();
        nik.IsDefault.Should().BeTrue();
        why!.English.Should().Contain(reason);
        var message = ((Action)(() => Nik.Parse(text))).Should().Throw<FormatException>().Which.Message;
        message.Should().Contain(reason);
        if (text.Length > 0)
        {
            message.Should().NotContain(text.Trim());
        }
    }

    [Theory]
    [InlineData("9101041211870001")] // Papua, the old prefix of Merauke (now 93.01): a NIK keeps it for life
    [InlineData("9301041211870001")] // Papua Selatan, since UU 14/2022
    [InlineData("9601041211870001")] // Papua Barat Daya, since UU 29/2022
    [InlineData("6501041211870001")] // Kalimantan Utara
    public void Parse_WhenTheProvincePartIsAProvinceThatHasExisted_IsValid(string text) =>
        Nik.TryParse(text, out _).Should().BeTrue();

    [Fact]
    public void ProvinceCheck_AcceptsExactlyTheProvinceCodesOfTheRegionsData_HistoryIncluded()
    {
        var known = Bimtek.Domain.Regions.RegionDirectory.FromEmbeddedSeeds().GetAllProvinces().Select(p => p.Code.ProvincePart).ToHashSet();

        known.Should().HaveCount(38);
        for (var part = 0; part <= 99; part++)
        {
            Nik.TryParse($"{part:00}02041211870001", out _).Should().Be(known.Contains(part), "province part {0}", part);
        }
    }

    [Fact]
    public void Parse_WhenTwentyNinthFebruaryInALeapYearOfCentury_IsValid() =>
        Nik.Parse("3602046902000001").BirthDay.Should().Be(29);

    [Fact]
    public void ToString_IsMasked() =>
        Nik.Parse(Serang).ToString().Should().Be("360204********01");

    [Fact]
    public void Default_IsNoNik()
    {
        default(Nik).IsDefault.Should().BeTrue();
        default(Nik).ToString().Should().BeEmpty();
        ((Action)(() => _ = default(Nik).Regency)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Parse_WhenTextIsNull_NamesTheParameter() =>
        ((Action)(() => Nik.Parse((string)null!))).Should().Throw<ArgumentNullException>().WithParameterName("text");

    [Fact]
    public void Parse_WhenTheWrittenDayIsFortyOne_IsAWomanBornOnTheFirst()
    {
        var nik = Nik.Parse("3602044111870001");

        nik.Sex.Should().Be(Sex.Female);
        nik.BirthDay.Should().Be(1);
    }

    [Theory]
    [InlineData("3602042902880001")]
    [InlineData("3602046902880001")]
    public void Parse_WhenTwentyNinthFebruaryInAYearOfCenturyDivisibleByFour_IsValid(string text) =>
        Nik.Parse(text).BirthDay.Should().Be(29);

    [Fact]
    public void GetBirthDate_WhenReadOnTheDayOfBirth_IsThatDayNotACenturyBefore() =>
        Nik.Parse("3602042711260001").GetBirthDate(new LocalDate(2026, 11, 27)).Should().Be(new LocalDate(2026, 11, 27));

    [Fact]
    public void Default_HasNoRegionNoSexNoBirthDateAndNoDigits()
    {
        var none = default(Nik);

        ((Action)(() => _ = none.Regency)).Should().Throw<InvalidOperationException>().WithMessage("*no region*");
        ((Action)(() => _ = none.Sex)).Should().Throw<InvalidOperationException>().WithMessage("*no sex*");
        ((Action)(() => _ = none.GetBirthDate(Reference.Today))).Should().Throw<InvalidOperationException>().WithMessage("*no birth date*");
        none.ToUnmaskedString().Should().BeEmpty();
    }

    [Fact]
    public void ComparisonOperators_OrderByNumber()
    {
        var first = Nik.Parse("3602041211870001");
        var same = Nik.Parse("360204 121187 0001");
        var second = Nik.Parse("3602041211870002");

        (first < second).Should().BeTrue();
        (second < first).Should().BeFalse();
        (first < same).Should().BeFalse();
        (second > first).Should().BeTrue();
        (first > second).Should().BeFalse();
        (first > same).Should().BeFalse();
        (first <= second).Should().BeTrue();
        (first <= same).Should().BeTrue();
        (second <= first).Should().BeFalse();
        (second >= first).Should().BeTrue();
        (first >= same).Should().BeTrue();
        (first >= second).Should().BeFalse();
    }

    [Property]
    public Property ParseOfUnmasked_RoundTrips_ForEveryValidNik() =>
        Prop.ForAll(ValidNiks().ToArbitrary(), text =>
        {
            var nik = Nik.Parse(text);
            var grouped = $"{text[..6]} {text[6..12]} {text[12..]}";
            return nik.ToUnmaskedString() == text
                && Nik.Parse(grouped) == nik
                && nik.ToString() != text
                && !nik.ToString().Contains(text[6..12], StringComparison.Ordinal);
        });

    [Property]
    public Property TryParse_RejectsACorruptedNik_WithAReason() =>
        Prop.ForAll(ValidNiks().ToArbitrary(), Corruptions().ToArbitrary(), (text, corrupt) =>
        {
            var corrupted = corrupt(text);
            return !Nik.TryParse(corrupted, out _, out var reason) && reason is not null && !string.IsNullOrWhiteSpace(reason.English);
        });

    internal static Gen<string> ValidNiks() =>
        from province in Gen.Elements(11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96)
        from regency in Gen.Choose(1, 99)
        from district in Gen.Choose(1, 99)
        from birth in Gen.Choose(0, 365 * 99).Select(d => new LocalDate(1927, 1, 1).PlusDays(d))
        from female in Gen.Elements(true, false)
        from sequence in Gen.Choose(1, 9999)
        select $"{province:00}{regency:00}{district:00}{birth.Day + (female ? 40 : 0):00}{birth.Month:00}{birth.Year % 100:00}{sequence:0000}";

    private static Gen<Func<string, string>> Corruptions() => Gen.Elements<Func<string, string>>(
        t => "09" + t[2..],
        t => t[..2] + "00" + t[4..],
        t => t[..4] + "00" + t[6..],
        t => t[..6] + "00" + t[8..],
        t => t[..6] + "36" + t[8..],
        t => t[..8] + "13" + t[10..],
        t => t[..12] + "0000",
        t => t[..15],
        t => t + "0",
        t => t[..7] + "x" + t[8..]);
}
