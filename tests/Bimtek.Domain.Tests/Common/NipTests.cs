using Bimtek.Domain.Common;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Bimtek.Domain.Tests.Common;

public class NipTests
{
    // Perka BKN 22/2007's own example: Amir, born 1 Aug 1966, CPNS March 1988, male, first of his group.
    private const string Amir = "196608011988031001";

    [Theory]
    [InlineData(Amir)]
    [InlineData("19660801 198803 1 001")]
    [InlineData("19660801.198803.1.001")]
    [InlineData("  19660801. 198803 .1.001 ")]
    public void Parse_WhenValid_ExposesParts(string text)
    {
        var nip = Nip.Parse(text);

        nip.BirthDate.Should().Be(new LocalDate(1966, 8, 1));
        nip.Appointment.Should().Be(new YearMonth(1988, 3));
        nip.Sex.Should().Be(Sex.Male);
        nip.SequenceNumber.Should().Be(1);
        nip.ToUnmaskedString().Should().Be(Amir);
    }

    [Fact]
    public void Parse_WhenSexDigitIsTwo_IsFemale() =>
        Nip.Parse("198402292010122005").Sex.Should().Be(Sex.Female);

    [Theory]
    [InlineData("", "empty")]
    [InlineData("19660801198803100", "got 17")]
    [InlineData("1966080119880310012", "got more")]
    [InlineData("19660801-198803-1-001", "neither")]
    [InlineData("1966 0801 198803 1 001", "after digit 4")]
    [InlineData("196608011988031001.", "after digit 18")]
    [InlineData("18990801198803 1001", "birth year")]
    [InlineData("196613011988031001", "birth month")]
    [InlineData("196602301988031001", "birth day")]
    [InlineData("198302291988031001", "birth day")]
    [InlineData("196608001988031001", "birth day")]
    [InlineData("196608011988001001", "appointment month")]
    [InlineData("196608011988131001", "appointment month")]
    [InlineData("196608011966081001", "after the birth month")]
    [InlineData("196608011960011001", "after the birth month")]
    [InlineData("196608011988033001", "sex digit")]
    [InlineData("196608011988030001", "sex digit")]
    [InlineData("196608011988031000", "sequence number")]
    public void Parse_WhenWrong_GivesTheReasonWithoutTheDigits(string text, string reason)
    {
        Nip.TryParse(text, out var nip, out var why).Should().BeFalse();
        nip.IsDefault.Should().BeTrue();
        why!.English.Should().Contain(reason);

        var act = () => Nip.Parse(text);
        var message = act.Should().Throw<FormatException>().Which.Message;
        message.Should().Contain(reason);
        if (text.Length > 0)
        {
            message.Should().NotContain(text.Trim()).And.NotContain(Digits(text)[..Math.Min(14, Digits(text).Length)]);
        }
    }

    [Fact]
    public void ToString_IsMasked()
    {
        var nip = Nip.Parse(Amir);

        nip.ToString().Should().Be("1966************01");
        nip.ToMaskedString().Should().Be("1966************01");
        $"{nip}".Should().NotContain(Amir);
    }

    [Fact]
    public void ToMaskedString_ShowsNoBirthMonthOrDay_OnlyTheBirthYearAndLastTwoDigits()
    {
        // UU 27/2022: a birth date with a few more digits narrows a person down. The form is pinned: hosts see it in logs.
        var masked = Nip.Parse(Amir).ToMaskedString();

        masked.Should().Be("1966************01").And.HaveLength(18);
        masked.Should().NotContain("0801").And.NotContain("198803");
        Nip.Parse("199003152024212001").ToMaskedString().Should().Be("1990************01"); // a NI PPPK: same form
    }

    [Fact]
    public void Kind_OfAPnsNip_IsPns_WithItsAppointmentMonth()
    {
        var nip = Nip.Parse(Amir);

        nip.Kind.Should().Be(AsnKind.Pns);
        nip.AppointmentYear.Should().Be(1988);
        nip.PppkCode.Should().BeNull();
    }

    [Theory]
    [InlineData("199003152024212001", 2024, 21, Sex.Female)] // the example: appointment part "2024 21"
    [InlineData("199009132025242014", 2025, 24, Sex.Female)] // a part-time PPPK (paruh waktu) number as published
    [InlineData("19850101 202321 1 007", 2023, 21, Sex.Male)]
    public void Parse_WhenANiPppk_IsAcceptedWithItsKind(string text, int year, int code, Sex sex)
    {
        var nip = Nip.Parse(text);

        nip.Kind.Should().Be(AsnKind.Pppk);
        nip.AppointmentYear.Should().Be(year);
        nip.PppkCode.Should().Be(code);
        nip.Sex.Should().Be(sex);
        ((Action)(() => _ = nip.Appointment)).Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData("196608011988131001")] // 13: neither a month nor a PPPK part
    [InlineData("196608011988201001")] // 20: below the PPPK floor of 21
    [InlineData("196608011988001001")] // 00
    public void Parse_WhenDigits13To14AreNeitherAMonthNorAPppkPart_IsRefusedAsBefore(string text)
    {
        Nip.TryParse(text, out _, out var why).Should().BeFalse();
        why!.English.Should().Contain("appointment month (digits 13–14) must be 01–12");
    }

    [Fact]
    public void Parse_WhenANiPppkIsAppointedInItsBirthYear_IsRefused()
    {
        Nip.TryParse("199003152020212001", out _, out var why).Should().BeTrue();
        Nip.TryParse("199003151990212001", out _, out why).Should().BeFalse();
        why!.English.Should().Contain("PPPK appointment year");
    }

    [Fact]
    public void Default_IsNoNip()
    {
        var nip = default(Nip);

        nip.IsDefault.Should().BeTrue();
        nip.ToString().Should().BeEmpty();
        nip.ToUnmaskedString().Should().BeEmpty();
        nip.SequenceNumber.Should().Be(0);
        ((Action)(() => _ = nip.BirthDate)).Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData("190001011920011001")] // the earliest birth year
    [InlineData("209901012099021001")] // the latest birth year
    [InlineData("190001011900021001")] // the earliest appointment year
    [InlineData("196608012099121001")] // the latest appointment year
    public void Parse_AtTheEndsOfTheYearRange_Accepts(string text) => Nip.TryParse(text, out _).Should().BeTrue();

    [Theory]
    [InlineData("210001011920011001", "the birth year (digits 1–4) must be 1900–2099")]
    [InlineData("196608012100011001", "the appointment year (digits 9–12) must be 1900–2099")]
    [InlineData("190001011899121001", "the appointment year (digits 9–12) must be 1900–2099")]
    [InlineData(".196608011988031001", "a space or dot may only separate the groups YYYYMMDD YYYYMM G NNN; found one after digit 0")]
    [InlineData("19660801..198803 1 001", null)]
    public void Parse_PastTheEndsOfTheYearRange_OrWithALeadingSeparator_NamesTheRule(string text, string? reason)
    {
        Nip.TryParse(text, out _, out var why).Should().Be(reason is null);
        why?.English.Should().Be(reason);
    }

    [Fact]
    public void Parse_OfNull_IsRefusedByName() =>
        ((Action)(() => Nip.Parse((string)null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("text");

    [Fact]
    public void TheDefault_HasNoParts_AndSaysSo()
    {
        var nip = default(Nip);

        ((Action)(() => _ = nip.BirthDate)).Should().ThrowExactly<InvalidOperationException>().WithMessage("The default Nip has no birth date.");
        ((Action)(() => _ = nip.Kind)).Should().ThrowExactly<InvalidOperationException>().WithMessage("The default Nip has no kind.");
        ((Action)(() => _ = nip.AppointmentYear)).Should().ThrowExactly<InvalidOperationException>().WithMessage("The default Nip has no appointment year.");
        ((Action)(() => _ = nip.Sex)).Should().ThrowExactly<InvalidOperationException>().WithMessage("The default Nip has no sex digit.");
        ((Action)(() => _ = nip.Appointment)).Should().ThrowExactly<InvalidOperationException>().WithMessage("The default Nip has no kind.");
    }

    [Fact]
    public void ANiPppk_HasNoAppointmentMonth_AndSaysWhy() =>
        ((Action)(() => _ = Nip.Parse("199003152020212001").Appointment)).Should().ThrowExactly<InvalidOperationException>()
            .WithMessage("A NI PPPK has no appointment month: digits 13–14 are its PPPK part.");

    [Fact]
    public void ComparisonOperators_OrderByNumber_OnBothSidesOfEquality()
    {
        var earlier = Nip.Parse(Amir);
        var later = Nip.Parse("197001012000012001");
        var same = Nip.Parse(Amir);

        (earlier < later, later < earlier, earlier < same).Should().Be((true, false, false));
        (earlier > later, later > earlier, earlier > same).Should().Be((false, true, false));
        (earlier <= later, later <= earlier, earlier <= same).Should().Be((true, false, true));
        (earlier >= later, later >= earlier, earlier >= same).Should().Be((false, true, true));
    }

    [Fact]
    public void Ordering_IsByNumber() =>
        new[] { "197001012000012001", Amir }.Select(Nip.Parse).Order().First().ToUnmaskedString().Should().Be(Amir);

    [Property]
    public Property ParseOfUnmasked_RoundTrips_ForEveryValidNip() =>
        Prop.ForAll(ValidNips().ToArbitrary(), parts =>
        {
            var text = Compose(parts);
            var grouped = $"{text[..8]} {text[8..14]}.{text[14]} {text[15..]}";
            var nip = Nip.Parse(text);
            return nip.ToUnmaskedString() == text
                && Nip.Parse(grouped) == nip
                && nip.BirthDate == parts.Birth
                && nip.Appointment == parts.Appointment
                && nip.Sex == parts.Sex
                && nip.SequenceNumber == parts.Sequence
                && !nip.ToString().Contains(text, StringComparison.Ordinal);
        });

    [Property]
    public Property TryParse_RejectsACorruptedNip_WithAReason() =>
        Prop.ForAll(ValidNips().ToArbitrary(), Corruptions().ToArbitrary(), (parts, corrupt) =>
        {
            var corrupted = corrupt(Compose(parts));
            var accepted = Nip.TryParse(corrupted, out _, out var reason);
            return !accepted && reason is not null && !reason.English.Contains(Digits(corrupted), StringComparison.Ordinal);
        });

    internal static string Compose(NipParts parts) =>
        $"{parts.Birth:yyyyMMdd}{parts.Appointment.Year:0000}{parts.Appointment.Month:00}{(int)parts.Sex}{parts.Sequence:000}";

    internal static Gen<NipParts> ValidNips() =>
        from birthDays in Gen.Choose(0, 365 * 80)
        from serviceMonths in Gen.Choose(1, 12 * 50)
        from sex in Gen.Elements(Sex.Male, Sex.Female)
        from sequence in Gen.Choose(1, 999)
        let birth = new LocalDate(1940, 1, 1).PlusDays(birthDays)
        let appointment = new YearMonth(birth.Year, birth.Month).OnDayOfMonth(1).PlusMonths(serviceMonths)
        select new NipParts(birth, new YearMonth(appointment.Year, appointment.Month), sex, sequence);

    // Each corruption breaks one rule for certain: a month of 13, a day of 00, a sex digit outside 1–2, sequence 000,
    // a letter, a missing or an extra digit.
    private static Gen<Func<string, string>> Corruptions() => Gen.Elements<Func<string, string>>(
        t => t[..4] + "13" + t[6..],
        t => t[..6] + "00" + t[8..],
        t => t[..12] + "00" + t[14..],
        t => t[..14] + "0" + t[15..],
        t => t[..14] + "7" + t[15..],
        t => t[..15] + "000",
        t => t[..9] + "O" + t[10..],
        t => t[..17],
        t => t + "1",
        t => "1899" + t[4..]);

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);
}

/// <summary>The parts a valid NIP is composed from.</summary>
internal sealed record NipParts(LocalDate Birth, YearMonth Appointment, Sex Sex, int Sequence);
