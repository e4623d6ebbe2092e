using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;
using NodaTime;
using static Bimtek.Domain.Testing.People;

namespace Bimtek.Domain.Tests.Assessments;

public class KirkpatrickEvaluationTests
{
    [Fact]
    public void Create_WithOnlyASurveyAndTests_EvaluatesLevelsOneAndTwo()
    {
        var survey = ReactionSurveyPolicy.Default.Summarise([new ReactionResponse("r1", new Dictionary<ReactionAspect, IReadOnlyList<int>> { [ReactionAspect.Material] = [4] })]);
        var learning = ClassGain.Compute([(Score.Create(40), Score.Create(70))]);

        var evaluation = KirkpatrickEvaluation.Create(survey, learning, null, [new ResultIndicator("IZIN", "Izin diterbitkan", "izin/bulan", 10, 20, null)]);

        evaluation.LevelsEvaluated.Should().Equal(KirkpatrickLevel.Reaction, KirkpatrickLevel.Learning);
    }

    [Fact]
    public void Create_WithFollowUpsAndAMeasuredIndicator_EvaluatesAllFour()
    {
        var survey = ReactionSurveyPolicy.Default.Summarise([new ReactionResponse("r1", new Dictionary<ReactionAspect, IReadOnlyList<int>> { [ReactionAspect.Platform] = [3] })]);
        var plan = BehaviourFollowUpPlan.Create("S1", new LocalDate(2020, 6, 16), [(Nip(1), Nip(2))]);

        var evaluation = KirkpatrickEvaluation.Create(survey, ClassGain.Compute([(Score.Create(50), Score.Create(60))]), plan, [new ResultIndicator("IZIN", "Izin diterbitkan", "izin/bulan", 10, 20, 14)]);

        evaluation.LevelsEvaluated.Should().Equal(KirkpatrickLevel.Reaction, KirkpatrickLevel.Learning, KirkpatrickLevel.Behaviour, KirkpatrickLevel.Results);
        evaluation.Results[0].AchievementPercent.Should().Be(40m);
    }

    [Fact]
    public void Create_WithNothing_EvaluatesNoLevel()
    {
        KirkpatrickEvaluation.Create(null, ClassGain.Empty, null, []).LevelsEvaluated.Should().BeEmpty();
    }

    [Fact]
    public void Create_CountsALevelOnlyWhenSomethingWasMeasuredAtIt()
    {
        var refusedOnly = ReactionSurveyPolicy.Default.Summarise([new ReactionResponse("r1", new Dictionary<ReactionAspect, IReadOnlyList<int>> { [ReactionAspect.Material] = [9] })]);
        var noFollowUps = BehaviourFollowUpPlan.Create("S1", new LocalDate(2020, 6, 16), []);

        var evaluation = KirkpatrickEvaluation.Create(refusedOnly, ClassGain.Empty, noFollowUps, [new ResultIndicator("IZIN", "Izin diterbitkan", "izin/bulan", 10, 20, null), new ResultIndicator("HARI", "Hari proses izin", "hari", 20, 10, 12)]);

        evaluation.LevelsEvaluated.Should().Equal(KirkpatrickLevel.Results);
        (evaluation.Reaction, evaluation.Learning, evaluation.Behaviour).Should().Be((refusedOnly, ClassGain.Empty, noFollowUps));
        evaluation.Results.Select(r => r.Code).Should().Equal("IZIN", "HARI");
        evaluation.ToString().Should().Be("Kirkpatrick levels evaluated: 4");
        KirkpatrickEvaluation.Create(null, ClassGain.Compute([(Score.Create(10), Score.Create(20))]), null, []).ToString().Should().Be("Kirkpatrick levels evaluated: 2");
    }

    [Fact]
    public void Create_RefusesNullsByName()
    {
        FluentActions.Invoking(() => KirkpatrickEvaluation.Create(null, null!, null, [])).Should().Throw<ArgumentNullException>().WithParameterName("learning");
        FluentActions.Invoking(() => KirkpatrickEvaluation.Create(null, ClassGain.Empty, null, null!)).Should().Throw<ArgumentNullException>().WithParameterName("results");
        FluentActions.Invoking(() => KirkpatrickEvaluation.Create(null, ClassGain.Empty, null, [null!])).Should().Throw<ArgumentException>().WithMessage("An indicator is null. (Parameter 'results')");
    }

    [Fact]
    public void ToString_ListsTheLevelsEvaluated()
    {
        var survey = ReactionSurveyPolicy.Default.Summarise([new ReactionResponse(null!, new Dictionary<ReactionAspect, IReadOnlyList<int>> { [ReactionAspect.Material] = [4, 0] })]);

        KirkpatrickEvaluation.Create(survey, ClassGain.Compute([(Score.Create(40), Score.Create(70))]), null, []).ToString().Should().Be("Kirkpatrick levels evaluated: 1, 2");
        survey.Result.Violations.Should().ContainSingle().Which.Details["Response"].Should().Be("''");
    }
}
