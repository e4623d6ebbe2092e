using Bimtek.Domain.Calendar;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using Bimtek.Domain.Testing;
using NodaTime;

namespace Bimtek.Domain.Tests.Certificates;

public class DevelopmentLedgerTests
{
    [Fact]
    public void EarnedBy_AddsCertificatesOfAnyProgrammeInTheYearOfIssue()
    {
        var ledger = new DevelopmentLedger(
        [
            Certificate(1, "A", 2020, 8),
            Certificate(1, "B", 2020, 10),
            Certificate(1, "C", 2021, 30),
            Certificate(2, "A", 2020, 8),
        ]);

        ledger.EarnedBy(People.Nip(1), 2020).Value.Should().Be(18);
        ledger.EarnedBy(People.Nip(1), 2021).Value.Should().Be(30);
        ledger.EarnedBy(People.Nip(3), 2020).Should().Be(LessonHours.Zero);
        ledger.Years.Should().Equal(2020, 2021);
        ledger.Count.Should().Be(4);
    }

    [Fact]
    public void Shortfalls_ListThoseBelowTwentyJpAndByHowMuch()
    {
        var ledger = new DevelopmentLedger([Certificate(1, "A", 2020, 18), Certificate(2, "A", 2020, 20), Certificate(3, "A", 2020, 4)]);

        var shortfalls = ledger.Shortfalls(2020);

        shortfalls.Select(s => (s.Nip, s.Earned.Value, s.Shortfall.Value)).Should().Equal(
            new[] { (People.Nip(1), 18, 2), (People.Nip(3), 4, 16) }.OrderBy(t => t.Item1));
    }

    [Fact]
    public void Shortfalls_ForAStaffList_IncludeThoseWithoutAnyCertificate()
    {
        var ledger = new DevelopmentLedger([Certificate(1, "A", 2020, 24)]);

        var shortfalls = ledger.Shortfalls(2020, [People.Nip(1), People.Nip(5), People.Nip(5)]);

        shortfalls.Should().ContainSingle().Which.Should().Be(new DevelopmentShortfall(People.Nip(5), 2020, LessonHours.Zero, LessonHours.FromJp(20)));
    }

    [Fact]
    public void Shortfalls_WithAHostMinimum_UseIt() =>
        new DevelopmentLedger([Certificate(1, "A", 2020, 24)]).Shortfalls(2020, minimum: LessonHours.FromJp(40)).Single().Shortfall.Value.Should().Be(16);

    [Fact]
    public void ToViolation_CitesTheRuleWithTheMaskedNip()
    {
        var violation = new DevelopmentLedger([Certificate(1, "A", 2020, 8)]).Shortfalls(2020).Single().ToViolation();

        violation.Code.Should().Be(CertificateRuleCodes.DevelopmentBelowMinimum);
        violation.Details["Shortfall"].Should().Be(12);
        violation.Details["Minimum"].Should().Be(20);
        violation.Message.Should().Contain(People.Nip(1).ToMaskedString()).And.NotContain(People.Nip(1).ToUnmaskedString());
    }

    [Fact]
    public void MinimumJpPerYear_IsTwenty() => DevelopmentLedger.MinimumJpPerYear.Value.Should().Be(20);

    [Fact]
    public void Shortfalls_OfAYearWithoutCertificates_AreEmptyUnlessAStaffListIsGiven()
    {
        var ledger = new DevelopmentLedger([]);

        ledger.Shortfalls(2020).Should().BeEmpty();
        ledger.Shortfalls(2020, [People.Nip(1)]).Single().Shortfall.Value.Should().Be(20);
    }

    [Fact]
    public void EarnedBy_WhateverTheOrderOfTheCertificates_AddsEachOfficialsOwn()
    {
        var ledger = new DevelopmentLedger(
        [
            Certificate(3, "A", 2020, 4),
            Certificate(1, "A", 2020, 8),
            Certificate(2, "A", 2020, 6),
            Certificate(1, "B", 2020, 10),
        ]);

        new[] { 1, 2, 3 }.Select(n => ledger.EarnedBy(People.Nip(n), 2020).Value).Should().Equal(18, 6, 4);
    }

    [Fact]
    public void EarnedBy_InAYearWithoutCertificates_IsZero() =>
        new DevelopmentLedger([Certificate(1, "A", 2020, 8)]).EarnedBy(People.Nip(1), 2019).Should().Be(LessonHours.Zero);

    [Fact]
    public void Years_ListOnlyYearsWithACertificate()
    {
        var ledger = new DevelopmentLedger([Certificate(1, "A", 2022, 8), Certificate(1, "A", 2020, 8)]);

        ledger.Years.Should().Equal(2020, 2022);
    }

    [Fact]
    public void Constructor_WhenAnOfficialsJpWouldExceedAnInt_ThrowsRatherThanWrapping()
    {
        var act = () => new DevelopmentLedger([Certificate(1, "A", 2020, int.MaxValue), Certificate(1, "B", 2020, 1)]);

        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public void Constructor_WithCertificatesAndRecords_CountsBoth()
    {
        var ledger = new DevelopmentLedger([Certificate(1, "A", 2020, 8)], [new DevelopmentRecord(People.Nip(1), 2020, LessonHours.FromJp(5), "SIASN")]);

        ledger.EarnedBy(People.Nip(1), 2020).Value.Should().Be(13);
        ledger.Count.Should().Be(2);
    }

    [Fact]
    public void Constructor_WithoutCertificatesOrRecords_RefusesItByName()
    {
        IEnumerable<Certificate> none = null!;

        var withoutCertificates = () => new DevelopmentLedger(none);
        var withoutCertificatesBesideRecords = () => new DevelopmentLedger(none, []);
        var withoutRecords = () => new DevelopmentLedger([], null!);

        withoutCertificates.Should().Throw<ArgumentNullException>().WithParameterName("certificates");
        withoutCertificatesBesideRecords.Should().Throw<ArgumentNullException>().WithParameterName("certificates");
        withoutRecords.Should().Throw<ArgumentNullException>().WithParameterName("records");
    }

    [Fact]
    public void Constructor_WhenACertificateOrRecordIsNull_SaysWhich()
    {
        Certificate[] withNull = [Certificate(1, "A", 2020, 8), null!];

        var certificates = () => new DevelopmentLedger(withNull);
        var certificatesBesideRecords = () => new DevelopmentLedger(withNull, []);
        var records = () => new DevelopmentLedger([], [null!]);

        certificates.Should().Throw<ArgumentException>().WithParameterName("certificates").WithMessage("A certificate is null*");
        certificatesBesideRecords.Should().Throw<ArgumentException>().WithParameterName("certificates").WithMessage("A certificate is null*");
        records.Should().Throw<ArgumentException>().WithParameterName("records").WithMessage("A record is null*");
    }

    [Fact]
    public void Shortfalls_ForAnUnorderedStaffList_ListEachOfficialOnceByNip()
    {
        var ledger = new DevelopmentLedger([Certificate(1, "A", 2020, 24)]);

        var shortfalls = ledger.Shortfalls(2020, [People.Nip(5), People.Nip(2), People.Nip(1), People.Nip(5)]);

        shortfalls.Select(s => s.Nip).Should().Equal(new[] { People.Nip(2), People.Nip(5) }.Order());
    }

    [Fact]
    public void Shortfalls_ForAStaffList_LeaveOutWhoeverReachedExactlyTheMinimum() =>
        new DevelopmentLedger([Certificate(1, "A", 2020, 20)]).Shortfalls(2020, [People.Nip(1)]).Should().BeEmpty();

    [Fact]
    public void Shortfalls_WhenTheStaffListHasTheDefaultNip_RefusesIt()
    {
        var act = () => new DevelopmentLedger([]).Shortfalls(2020, [People.Nip(1), default]);

        act.Should().Throw<ArgumentException>().WithParameterName("officials").WithMessage("*default Nip*");
    }

    internal static Certificate Certificate(int official, string programme, int year, int jp) => new(
        $"0001/BDI-YOG/{programme}/{year}", "0000-0000", People.Nip(official), programme, Reference.Centre("BDI-YOG"), new LocalDate(year, 6, 9), LessonHours.FromJp(jp));

    internal static Nip Nip(int official) => People.Nip(official);
}
