using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using Bimtek.Domain.Testing;
using static Bimtek.Domain.Certificates.CertificateRuleCodes;

namespace Bimtek.Domain.Tests.Certificates;

public class SessionCompletionTests
{
    private static readonly Nip Amir = People.Nip(1);
    private static readonly Nip Budi = People.Nip(2);
    private static readonly Nip Citra = People.Nip(3);

    [Fact]
    public void Decide_JoinsAttendanceAndResults_OneCompletionPerParticipant()
    {
        // Amir attends and passes; Budi attends with no result; Citra has a result and no attendance.
        var attendance = Completions.Attendance((Amir, true, true), (Budi, true, true));
        var results = new[] { Completions.Result(Amir, 90m), Completions.Result(Citra, 90m), Completions.Result(Budi, 90m, session: "S2") };

        var completion = SessionCompletion.Decide(Completions.Programme, attendance, results);

        completion.Participants.Select(p => p.Nip).Should().Equal(Amir, Budi, Citra);
        completion.Completed.Select(p => p.Nip).Should().Equal(Amir);
        completion.Find(Budi)!.Result.Violations.Select(v => v.Code).Should().Equal(ScoreMissing, EvaluationMissing, EvaluationMissing);
        completion.Find(Citra)!.Result.Violations.Select(v => v.Code).Should().Equal(AttendanceBelowMinimum);
        completion.Results.Select(r => (r.Nip, r.Completed, r.AttendancePercent)).Should().Equal((Amir, true, Percentage.Create(100)), (Citra, false, (Percentage?)null));
    }

    [Fact]
    public void Decide_WhenAParticipantHasTwoResults_NamesTheMaskedParticipantAndTheSession()
    {
        var act = () => SessionCompletion.Decide(Completions.Programme, Completions.Attendance(), [Completions.Result(Amir, 90m), Completions.Result(Amir, 80m)]);

        act.Should().Throw<ArgumentException>().WithParameterName("results")
            .WithMessage($"*{Amir.ToMaskedString()} has two results for session S1*").And.Message.Should().NotContain(Amir.ToUnmaskedString());
    }

    [Fact]
    public void Decide_WhenAResultIsNull_RefusesIt()
    {
        var act = () => SessionCompletion.Decide(Completions.Programme, Completions.Attendance(), [Completions.Result(Amir, 90m), null!]);

        act.Should().Throw<ArgumentException>().WithParameterName("results").WithMessage("A result is null*");
    }

    [Fact]
    public void Decide_WithoutAProgrammeAttendanceOrResults_RefusesItByName_EvenForAnEmptySession()
    {
        var empty = Completions.Attendance();

        ((Action)(() => SessionCompletion.Decide(null!, empty, []))).Should().Throw<ArgumentNullException>().WithParameterName("programme");
        ((Action)(() => SessionCompletion.Decide(Completions.Programme, null!, [Completions.Result(Amir, 90m)]))).Should().Throw<ArgumentNullException>().WithParameterName("attendance");
        ((Action)(() => SessionCompletion.Decide(Completions.Programme, empty, null!))).Should().Throw<ArgumentNullException>().WithParameterName("results");
    }
}
