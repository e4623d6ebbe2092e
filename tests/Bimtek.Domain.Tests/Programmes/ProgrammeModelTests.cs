using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Testing;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using static Bimtek.Domain.Programmes.ProgrammeRuleCodes;
using static Bimtek.Domain.Testing.ProgrammeBuilder;
using LessonHours = Bimtek.Domain.Calendar.LessonHours;

namespace Bimtek.Domain.Tests.Programmes;

// The programme's value objects on their own: what a guard says, what equality compares, how each reads as text, and
// what a host validator's own failures become when Publish reports them.
public class ProgrammeModelTests
{
    private static readonly LocalDate May19 = new(2020, 5, 19);
    private static readonly LocalDate May20 = new(2020, 5, 20);

    [Fact]
    public void Constructor_WhenStatusAndCancellationReasonDisagree_SaysWhichAndNamesTheProgramme()
    {
        var draft = new ProgrammeBuilder().WithCode("NN-2020").Build();
        Programme With(ProgrammeStatus status, string? reason) =>
            new(draft.Code, draft.Title, draft.Organiser, draft.FiscalYear, draft.DeliveryMode, draft.TotalJp, draft.Curriculum, draft.Phases, status: status, cancellationReason: reason);

        FluentActions.Invoking(() => With(ProgrammeStatus.Cancelled, " ")).Should().Throw<ArgumentException>()
            .WithMessage("Programme NN-2020 is cancelled but has no cancellation reason.*");
        FluentActions.Invoking(() => With(ProgrammeStatus.Published, "budget cut")).Should().Throw<ArgumentException>()
            .WithMessage("Programme NN-2020 is Published but has a cancellation reason; only a cancelled programme has one.*");
        With(ProgrammeStatus.Cancelled, "budget cut").CancellationReason.Should().Be("budget cut");
    }

    [Fact]
    public void Constructors_WhenAnElementIsNullOrAnEnumUndefined_SayWhich()
    {
        var draft = new ProgrammeBuilder().Build();
        var audience = new[] { new AudienceMember(PositionKind.JptPratama, "Kepala Dinas", 1) };

        FluentActions.Invoking(() => new Programme(draft.Code, draft.Title, draft.Organiser, 2020, DeliveryMode.Virtual, draft.TotalJp, [null!], draft.Phases))
            .Should().Throw<ArgumentException>().WithMessage("A module is null.*").WithParameterName("curriculum");
        FluentActions.Invoking(() => new Programme(draft.Code, draft.Title, draft.Organiser, 2020, DeliveryMode.Virtual, draft.TotalJp, draft.Curriculum, [null!]))
            .Should().Throw<ArgumentException>().WithMessage("A phase is null.*").WithParameterName("phases");
        FluentActions.Invoking(() => new Programme(draft.Code, draft.Title, draft.Organiser, 2020, DeliveryMode.Virtual, draft.TotalJp, draft.Curriculum, draft.Phases, status: (ProgrammeStatus)9))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Not a ProgrammeStatus value.*").WithParameterName("status");
        FluentActions.Invoking(() => new Programme(draft.Code, draft.Title, draft.Organiser, 2020, (DeliveryMode)9, draft.TotalJp, draft.Curriculum, draft.Phases))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Not a DeliveryMode value.*");
        FluentActions.Invoking(() => new Module("M1", "Module", LessonHours.FromJp(2), [null!]))
            .Should().Throw<ArgumentException>().WithMessage("An objective is null.*").WithParameterName("objectives");
        FluentActions.Invoking(() => new Phase("p1", "Phase", (RegionLevel)9, audience, May19, May20, PhaseDelivery.Central))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Not a RegionLevel value.*").WithParameterName("targetLevel");
        FluentActions.Invoking(() => new Phase("p1", "Phase", RegionLevel.Province, [null!], May19, May20, PhaseDelivery.Central))
            .Should().Throw<ArgumentException>().WithMessage("An audience member is null.*").WithParameterName("audience");
        FluentActions.Invoking(() => new Phase("p1", "Phase", RegionLevel.Province, audience, May19, May20, (PhaseDelivery)9))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Not a PhaseDelivery value.*").WithParameterName("delivery");
        FluentActions.Invoking(() => new AudienceMember((PositionKind)99, "X", 1))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Not a PositionKind value.*");
        FluentActions.Invoking(() => new CompletionPolicy(80, 60, [(EvaluationKind)42]))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("Not an EvaluationKind value.*");
        FluentActions.Invoking(() => new CompletionPolicy(80, 60, [EvaluationKind.PostTest, EvaluationKind.PostTest]))
            .Should().Throw<ArgumentException>().WithMessage("An evaluation is required twice.*");
    }

    [Fact]
    public void Module_IsEqualOnlyWhenCodeTitleJpAndObjectivesAllAgree()
    {
        var objective = new LearningObjective("O1", "Apply the protocol", ["TK.01"]);
        var module = new Module("M1", "Protokol kesehatan", LessonHours.FromJp(4), [objective]);

        module.Should().Be(new Module("M1", "Protokol kesehatan", LessonHours.FromJp(4), [new LearningObjective("O1", "Apply the protocol", ["TK.01"])]));
        module.Should().NotBe(new Module("M2", "Protokol kesehatan", LessonHours.FromJp(4), [objective]));
        module.Should().NotBe(new Module("M1", "Another title", LessonHours.FromJp(4), [objective]));
        module.Should().NotBe(new Module("M1", "Protokol kesehatan", LessonHours.FromJp(5), [objective]));
        module.Should().NotBe(new Module("M1", "Protokol kesehatan", LessonHours.FromJp(4), []));
        module.ToString().Should().Be("M1 Protokol kesehatan (4 JP)");
        module.Equals((Module?)null).Should().BeFalse();
    }

    [Fact]
    public void LearningObjective_IsEqualOnlyWhenCodeDescriptionAndCompetenciesAllAgree_AndEqualOnesHashAlike()
    {
        var objective = new LearningObjective("O1", "Apply the protocol", ["TK.01", "TK.02"]);
        var same = new LearningObjective("O1", "Apply the protocol", ["TK.01", "TK.02"]);

        objective.Should().Be(same);
        objective.GetHashCode().Should().Be(same.GetHashCode());
        objective.Should().NotBe(new LearningObjective("O2", "Apply the protocol", ["TK.01", "TK.02"]));
        objective.Should().NotBe(new LearningObjective("O1", "Explain the protocol", ["TK.01", "TK.02"]));
        objective.Should().NotBe(new LearningObjective("O1", "Apply the protocol", ["TK.02", "TK.01"]));
        objective.Equals((LearningObjective?)null).Should().BeFalse();

        // The hash mixes code, description and how many competencies: these differ in one each (a collision has odds of 2^-32).
        new[] { "O2", "O3", "O4" }.Select(c => new LearningObjective(c, "Apply the protocol", ["TK.01"]).GetHashCode())
            .Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Organiser_ReadsFromTheUnitUpward_SkippingBlankLevels()
    {
        new Organiser("Pusdiklat Industri", "BPSDMI", "Kementerian Perindustrian").ToString()
            .Should().Be("Pusdiklat Industri, BPSDMI, Kementerian Perindustrian");
        new Organiser("Pusdiklat Industri", " ", "Kementerian Perindustrian").ToString()
            .Should().Be("Pusdiklat Industri, Kementerian Perindustrian");
        new Organiser("Pusdiklat Industri").ToString().Should().Be("Pusdiklat Industri");
    }

    [Fact]
    public void Phase_WindowIsInclusive_OneDayWhenItStartsAndEndsTheSameDay_AndAbsentWhenReversed()
    {
        // A DateInterval enumerates its dates, both ends included.
        Phase("p1", May19, May19).Window.Should().Equal(May19);
        Phase("p1", May19, May20).Window.Should().Equal(May19, May20);
        Phase("p1", May20, May19).Window.Should().BeNull();
        Phase("p1", May19, May20).ToString().Should().EndWith("(2020-05-19..2020-05-20)").And.StartWith("p1 ");
    }

    [Fact]
    public void ProgrammeToString_GivesCodeTitleAndStatus()
    {
        new ProgrammeBuilder().WithCode("NN-2020").Build().ToString().Should().Be("NN-2020 Test programme (Draft)");
    }

    [Fact]
    public void Publish_WhenTheDefinitionBreaksTwoRules_NamesBothCodesOnce()
    {
        var programme = new ProgrammeBuilder().WithTotalJp(7).WithPhases().Build();

        var result = programme.Publish();

        result.Violations[0].Code.Should().Be(PublishRequiresValidDefinition);
        result.Violations[0].Details["Codes"].Should().Be($"{CurriculumJpMismatch}, {PhasesEmpty}");
        result.Violations[0].Details["Errors"].Should().Be(2);
    }

    [Fact]
    public void StartAndComplete_WhenTheProgrammeHasNoPhase_HaveNoPhaseDateToWaitFor()
    {
        var published = new ProgrammeBuilder().WithPhases().WithStatus(ProgrammeStatus.Published).Build();
        var inProgress = new ProgrammeBuilder().WithPhases().WithStatus(ProgrammeStatus.InProgress).Build();

        published.Start(May19).Succeeded.Should().BeTrue();
        inProgress.Complete(May19).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Publish_WithAHostValidator_KeepsItsMessageAsWritten_BracesIncluded()
    {
        var validator = new InlineValidator<Programme>();
        validator.RuleFor(p => p.Title).Must(_ => false).WithErrorCode("Host.TitleNotApproved").WithMessage("Title needs {Approval} from Biro Hukum");

        var result = new ProgrammeBuilder().Build().Publish(validator);

        var host = result.Violations.Should().ContainSingle(v => v.Code == "Host.TitleNotApproved").Subject;
        host.Rule.MessageId.Should().Be("Title needs {Approval} from Biro Hukum");
        host.Rule.MessageEn.Should().Be("Title needs {Approval} from Biro Hukum");
        host.Message.Should().Be("Title needs {Approval} from Biro Hukum");
    }

    [Fact]
    public void Publish_WithAHostFailureWithoutCodeOrMessage_ReportsItAsAHostFailureAtItsProperty()
    {
        var validator = new InlineValidator<Programme>();
        validator.RuleFor(p => p).Custom((_, context) => context.AddFailure(new ValidationFailure("Organiser.Agency", string.Empty) { ErrorCode = " " }));

        var result = new ProgrammeBuilder().Build().Publish(validator);

        var host = result.Violations.Should().ContainSingle(v => v.Code == "Host.ValidationFailure").Subject;
        host.Rule.MessageId.Should().Be("Organiser.Agency");
        host.Rule.MessageEn.Should().Be("Organiser.Agency");
        host.Severity.Should().Be(Severity.Error);
    }
}
