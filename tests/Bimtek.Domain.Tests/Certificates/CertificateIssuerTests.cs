using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Testing;
using NodaTime;
using static Bimtek.Domain.Certificates.CertificateRuleCodes;

namespace Bimtek.Domain.Tests.Certificates;

public class CertificateIssuerTests
{
    private static readonly Programme Programme = Completions.Programme;
    private static readonly LocalDate IssuedOn = new(2020, 6, 9);
    private static readonly Nip Amir = People.Nip(1);

    [Fact]
    public void Issue_WhenTheParticipantCompleted_IssuesWithTheProgrammesJp()
    {
        var issuer = new CertificateIssuer(new CertificateNumberGenerator(new InMemoryCertificateSequence()));

        var issue = issuer.Issue(Programme, Reference.Centre("BDI-YOG"), Completed(), IssuedOn);

        issue.Issued.Should().BeTrue();
        issue.Result.Violations.Should().BeEmpty();
        var certificate = issue.Certificate!;
        certificate.Number.Should().Be("0001/BDI-YOG/TEST-2020/2020");
        certificate.Jp.Value.Should().Be(4);
        certificate.Year.Should().Be(2020);
        certificate.Holder.Should().Be(Amir);
        certificate.ToString().Should().NotContain(Amir.ToUnmaskedString());
    }

    [Fact]
    public void Issue_WhenNotCompleted_WithholdsWithTheCompletionsReasons_AndAllocatesNoNumber()
    {
        var issuer = new CertificateIssuer(new CertificateNumberGenerator(new InMemoryCertificateSequence()));
        var notCompleted = ParticipantCompletion.Decide(Programme, Amir, Completions.Attendance((Amir, true, false)).Find(Amir), Completions.Result(Amir, 50m));

        var withheld = issuer.Issue(Programme, Reference.Centre("BDI-YOG"), notCompleted, IssuedOn);

        withheld.Issued.Should().BeFalse();
        withheld.Result.Violations.Select(v => v.Code).Should().Equal(AttendanceBelowMinimum, ScoreBelowPassMark);
        issuer.Issue(Programme, Reference.Centre("BDI-YOG"), Completed(), IssuedOn).Certificate!.Number.Should().StartWith("0001/");
    }

    [Fact]
    public void Issue_WhenTheParticipantHoldsOneAlready_Refuses()
    {
        var issuer = new CertificateIssuer(new CertificateNumberGenerator(new InMemoryCertificateSequence()));
        var first = issuer.Issue(Programme, Reference.Centre("BDI-YOG"), Completed(), IssuedOn).Certificate!;

        var second = issuer.Issue(Programme, Reference.Centre("BDI-YOG"), Completed(), IssuedOn, [first]);

        second.Issued.Should().BeFalse();
        second.Result.Violations.Single().Code.Should().Be(AlreadyIssued);
        second.Result.Violations.Single().Details["Number"].Should().Be(first.Number);
    }

    [Fact]
    public void Issue_WhenTheCompletionIsOfAnotherProgramme_Throws()
    {
        var other = new ProgrammeBuilder().WithCode("OTHER-2020").Build();
        var issuer = new CertificateIssuer(new CertificateNumberGenerator(new InMemoryCertificateSequence()));

        ((Action)(() => issuer.Issue(other, Reference.Centre("BDI-YOG"), Completed(), IssuedOn)))
            .Should().Throw<ArgumentException>().WithParameterName("completion").WithMessage("*programme TEST-2020, not OTHER-2020*");
    }

    [Fact]
    public void Issue_WhenOnlyOthersHoldTheProgramme_OrTheParticipantHoldsAnotherProgramme_Issues()
    {
        var issuer = new CertificateIssuer(new CertificateNumberGenerator(new InMemoryCertificateSequence()));
        var othersOfThisProgramme = DevelopmentLedgerTests.Certificate(2, Programme.Code, 2020, 4);
        var hisOfAnotherProgramme = DevelopmentLedgerTests.Certificate(1, "OTHER-2020", 2020, 4);

        var issue = issuer.Issue(Programme, Reference.Centre("BDI-YOG"), Completed(), IssuedOn, [othersOfThisProgramme, hisOfAnotherProgramme]);

        issue.Issued.Should().BeTrue();
        issue.Result.Violations.Should().BeEmpty();
    }

    [Fact]
    public void Issue_WhenNotCompletedAndAlreadyHeld_ReportsTheCompletionsReasonsThenTheCertificateHeld()
    {
        var issuer = new CertificateIssuer(new CertificateNumberGenerator(new InMemoryCertificateSequence()));
        var held = issuer.Issue(Programme, Reference.Centre("BDI-YOG"), Completed(), IssuedOn).Certificate!;
        var notCompleted = ParticipantCompletion.Decide(Programme, Amir, Completions.Attendance((Amir, true, false)).Find(Amir), Completions.Result(Amir, 50m));

        var withheld = issuer.Issue(Programme, Reference.Centre("BDI-YOG"), notCompleted, IssuedOn, [held]);

        withheld.Result.Violations.Select(v => v.Code).Should().Equal(AttendanceBelowMinimum, ScoreBelowPassMark, AlreadyIssued);
    }

    [Fact]
    public void ToString_ShowsTheCertificate_OrWhyItIsWithheld_WithoutTheNip()
    {
        var issuer = new CertificateIssuer(new CertificateNumberGenerator(new InMemoryCertificateSequence()));
        var issued = issuer.Issue(Programme, Reference.Centre("BDI-YOG"), Completed(), IssuedOn);
        var withheld = issuer.Issue(Programme, Reference.Centre("BDI-YOG"), Completed(), IssuedOn, [issued.Certificate!]);

        issued.ToString().Should().Be(issued.Certificate!.ToString());
        withheld.ToString().Should().StartWith($"Withheld: {AlreadyIssued}").And.NotContain(Amir.ToUnmaskedString());
    }

    [Fact]
    public void Constructor_WithoutANumberGenerator_RefusesIt()
    {
        var act = () => new CertificateIssuer(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("numbers");
    }

    [Fact]
    public void Issue_WithoutAProgrammeOrACompletion_RefusesItByName()
    {
        var issuer = new CertificateIssuer(new CertificateNumberGenerator(new InMemoryCertificateSequence()));

        ((Action)(() => issuer.Issue(null!, Reference.Centre("BDI-YOG"), Completed(), IssuedOn))).Should().Throw<ArgumentNullException>().WithParameterName("programme");
        ((Action)(() => issuer.Issue(Programme, Reference.Centre("BDI-YOG"), null!, IssuedOn))).Should().Throw<ArgumentNullException>().WithParameterName("completion");
    }

    private static ParticipantCompletion Completed() =>
        ParticipantCompletion.Decide(Programme, Amir, Completions.Attendance((Amir, true, true)).Find(Amir), Completions.Result(Amir, 80m));
}
