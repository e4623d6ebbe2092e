using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Testing;
using static Bimtek.Domain.Certificates.CertificateRuleCodes;

namespace Bimtek.Domain.Tests.Certificates;

// The builder's programme: CompletionPolicy.Default (80 % attendance, pass mark 60, post-test and reaction survey).
public class ParticipantCompletionTests
{
    private static readonly Programme Programme = Completions.Programme;
    private static readonly Nip Amir = People.Nip(1);

    [Fact]
    public void Decide_WhenEveryConditionHolds_Completes()
    {
        var completion = ParticipantCompletion.Decide(Programme, Amir, Completions.Attendance((Amir, true, true)).Find(Amir), Completions.Result(Amir, 80m));

        completion.Completed.Should().BeTrue();
        completion.Result.Violations.Should().BeEmpty();
        completion.AttendancePercent.Should().Be(Percentage.Create(100));
        completion.FinalScore.Should().Be(Score.Create(80));
        completion.EvaluationsDone.Should().Equal(EvaluationKind.PreTest, EvaluationKind.PostTest, EvaluationKind.ReactionSurvey);
        completion.ToString().Should().NotContain(Amir.ToUnmaskedString());
    }

    [Fact]
    public void Decide_AtExactlyTheMinimumAndThePassMark_Completes()
    {
        var programme = new ProgrammeBuilder().WithPolicy(new CompletionPolicy(50m, 60m, [EvaluationKind.PostTest])).Build();

        ParticipantCompletion.Decide(programme, Amir, Completions.Attendance((Amir, true, false)).Find(Amir), Completions.Result(Amir, 60m))
            .Completed.Should().BeTrue();
    }

    [Fact]
    public void Decide_WhenAttendanceIsBelowTheMinimum_ReportsItWithThePercentage()
    {
        var completion = ParticipantCompletion.Decide(Programme, Amir, Completions.Attendance((Amir, true, false)).Find(Amir), Completions.Result(Amir, 80m));

        completion.Completed.Should().BeFalse();
        var violation = completion.Result.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(AttendanceBelowMinimum);
        violation.Details["Percent"].Should().Be(Percentage.Create(50));
        violation.Details["Minimum"].Should().Be(80m);
    }

    [Fact]
    public void Decide_WhenTheScoreIsBelowThePassMark_ReportsIt()
    {
        var completion = ParticipantCompletion.Decide(Programme, Amir, Completions.Attendance((Amir, true, true)).Find(Amir), Completions.Result(Amir, 59.99m));

        completion.Result.Violations.Should().ContainSingle().Which.Code.Should().Be(ScoreBelowPassMark);
        completion.Result.Violations[0].Details["Score"].Should().Be(Score.Create(59.99m));
    }

    [Fact]
    public void Decide_WhenNothingIsKnown_ReportsEveryReason()
    {
        var completion = ParticipantCompletion.Decide(Programme, Amir, attendance: null, result: null);

        completion.Result.Violations.Select(v => v.Code).Should().Equal(AttendanceBelowMinimum, ScoreMissing, EvaluationMissing, EvaluationMissing);
        completion.Result.Violations.Where(v => v.Code == EvaluationMissing).Select(v => v.Details["Evaluation"])
            .Should().Equal(EvaluationKind.PostTest, EvaluationKind.ReactionSurvey);
        completion.AttendancePercent.Should().BeNull();
    }

    [Fact]
    public void Decide_WhenTheSurveyWasNotDone_ReportsTheMissingEvaluationOnly()
    {
        var completion = ParticipantCompletion.Decide(
            Programme, Amir, Completions.Attendance((Amir, true, true)).Find(Amir), Completions.Result(Amir, 80m, surveyed: false));

        completion.Result.Violations.Should().ContainSingle().Which.Details["Evaluation"].Should().Be(EvaluationKind.ReactionSurvey);
    }

    [Fact]
    public void Decide_WhenTheResultIsSomeoneElses_NamesTheResult()
    {
        var withoutAttendance = () => ParticipantCompletion.Decide(Programme, Amir, null, Completions.Result(People.Nip(2), 80m));
        var withOwnAttendance = () => ParticipantCompletion.Decide(Programme, Amir, Completions.Attendance((Amir, true, true)).Find(Amir), Completions.Result(People.Nip(2), 80m));

        withoutAttendance.Should().Throw<ArgumentException>().WithParameterName("result").WithMessage("*participant's own*");
        withOwnAttendance.Should().Throw<ArgumentException>().WithParameterName("result").WithMessage("*participant's own*");
    }

    [Fact]
    public void Decide_WhenTheAttendanceIsSomeoneElses_NamesTheAttendance()
    {
        var budi = People.Nip(2);
        var act = () => ParticipantCompletion.Decide(Programme, Amir, Completions.Attendance((budi, true, true)).Find(budi), Completions.Result(Amir, 80m));

        act.Should().Throw<ArgumentException>().WithParameterName("attendance").WithMessage("*participant's own*").And.Message.Should().NotContain(budi.ToUnmaskedString());
    }

    [Fact]
    public void Decide_ForTheDefaultNip_RefusesItByName()
    {
        var act = () => ParticipantCompletion.Decide(Programme, default, null, null);

        act.Should().Throw<ArgumentException>().WithParameterName("nip").WithMessage("*default Nip*");
    }

    [Fact]
    public void Decide_WithoutAProgramme_RefusesItByName()
    {
        var act = () => ParticipantCompletion.Decide(null!, Amir, null, null);

        act.Should().Throw<ArgumentNullException>().WithParameterName("programme");
    }

    [Fact]
    public void ToString_SaysCompletedOrHowManyReasons_WithTheMaskedNip()
    {
        var completed = ParticipantCompletion.Decide(Programme, Amir, Completions.Attendance((Amir, true, true)).Find(Amir), Completions.Result(Amir, 80m));
        var notCompleted = ParticipantCompletion.Decide(Programme, Amir, Completions.Attendance((Amir, true, false)).Find(Amir), Completions.Result(Amir, 50m));

        completed.ToString().Should().Be($"{Amir.ToMaskedString()}: completed TEST-2020");
        notCompleted.ToString().Should().Be($"{Amir.ToMaskedString()}: not completed (2 reason(s)) TEST-2020");
    }

    [Fact]
    public void ApplyTo_AnotherParticipantsResult_RefusesIt()
    {
        var completion = ParticipantCompletion.Decide(Programme, Amir, Completions.Attendance((Amir, true, true)).Find(Amir), Completions.Result(Amir, 80m));

        ((Action)(() => completion.ApplyTo(Completions.Result(People.Nip(2), 80m))))
            .Should().Throw<ArgumentException>().WithParameterName("result").WithMessage("*another participant's*");
        ((Action)(() => completion.ApplyTo(null!))).Should().Throw<ArgumentNullException>().WithParameterName("result");
    }

    [Fact]
    public void ApplyTo_WritesTheDecisionIntoTheResult()
    {
        var completion = ParticipantCompletion.Decide(Programme, Amir, Completions.Attendance((Amir, true, false)).Find(Amir), Completions.Result(Amir, 80m));

        var result = completion.ApplyTo(Completions.Result(Amir, 80m));

        (result.AttendancePercent, result.Completed).Should().Be((Percentage.Create(50), false));
    }
}
