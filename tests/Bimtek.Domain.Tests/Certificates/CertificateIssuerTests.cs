using Bimtek.Domain.Certificates;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Tests.Builders;
using NodaTime;
using static Bimtek.Domain.Certificates.CertificateRuleCodes;

namespace Bimtek.Domain.Tests.Certificates;

public class CertificateIssuerTests
{
    private static readonly Programme Programme = new ProgrammeBuilder().Build();
    private static readonly LocalDate IssuedOn = new(2020, 6, 9);
    private static readonly EvaluationKind[] Done = [EvaluationKind.PostTest, EvaluationKind.ReactionSurvey];

    [Fact]
    public void Issue_WhenThePolicyHolds_IssuesWithTheProgrammesJp()
    {
        var issuer = new CertificateIssuer(new CertificateNumberGenerator());

        var issue = issuer.Issue(Programme, Reference.Centre("BDI-YOG"), Evidence(100m, 80m), IssuedOn);

        issue.Issued.Should().BeTrue();
        issue.Result.Violations.Should().BeEmpty();
        var certificate = issue.Certificate!;
        certificate.Number.Should().Be("0001/BDI-YOG/TEST-2020/2020");
        certificate.Jp.Value.Should().Be(4);
        certificate.Year.Should().Be(2020);
        certificate.Holder.Should().Be(People.NipFor(1));
        certificate.ToString().Should().NotContain(People.NipFor(1).ToUnmaskedString());
    }

    [Fact]
    public void Issue_AtExactlyTheMinimumAndThePassMark_Issues() =>
        new CertificateIssuer(new CertificateNumberGenerator()).Issue(Programme, Reference.Centre("BDI-YOG"), Evidence(80m, 60m), IssuedOn).Issued.Should().BeTrue();

    [Theory]
    [InlineData(79.99, 80, AttendanceBelowMinimum)]
    [InlineData(100, 59.99, ScoreBelowPassMark)]
    public void Check_WhenOneConditionFails_ReportsIt(double attendance, double score, string code) =>
        CertificateIssuer.Check(Programme, Evidence((decimal)attendance, (decimal)score)).Violations.Select(v => v.Code).Should().Equal(code);

    [Fact]
    public void Check_WhenNothingHolds_ReportsEveryReason()
    {
        var evidence = new CompletionEvidence(People.NipFor(1), null, null, [EvaluationKind.PreTest]);

        var result = CertificateIssuer.Check(Programme, evidence);

        result.Violations.Select(v => v.Code).Should().Equal(AttendanceBelowMinimum, ScoreMissing, EvaluationMissing, EvaluationMissing);
        result.Violations.Where(v => v.Code == EvaluationMissing).Select(v => v.Details["Evaluation"])
            .Should().Equal(EvaluationKind.PostTest, EvaluationKind.ReactionSurvey);
    }

    [Fact]
    public void Issue_WhenWithheld_AllocatesNoNumber()
    {
        var numbers = new CertificateNumberGenerator();
        var issuer = new CertificateIssuer(numbers);

        issuer.Issue(Programme, Reference.Centre("BDI-YOG"), Evidence(10m, 80m), IssuedOn).Issued.Should().BeFalse();

        issuer.Issue(Programme, Reference.Centre("BDI-YOG"), Evidence(100m, 80m), IssuedOn).Certificate!.Number.Should().StartWith("0001/");
    }

    [Fact]
    public void Issue_WhenTheParticipantHoldsOneAlready_Refuses()
    {
        var issuer = new CertificateIssuer(new CertificateNumberGenerator());
        var first = issuer.Issue(Programme, Reference.Centre("BDI-YOG"), Evidence(100m, 80m), IssuedOn).Certificate!;

        var second = issuer.Issue(Programme, Reference.Centre("BDI-YOG"), Evidence(100m, 80m), IssuedOn, [first]);

        second.Issued.Should().BeFalse();
        second.Result.Violations.Single().Code.Should().Be(AlreadyIssued);
        second.Result.Violations.Single().Details["Number"].Should().Be(first.Number);
    }

    [Fact]
    public void Evidence_WhenAScoreIsOutOfRange_Throws() =>
        ((Action)(() => _ = new CompletionEvidence(People.NipFor(1), 100m, 101m, Done))).Should().Throw<ArgumentOutOfRangeException>();

    private static CompletionEvidence Evidence(decimal attendance, decimal score) => new(People.NipFor(1), attendance, score, Done);
}
