using Bimtek.Domain.Programmes;
using Bimtek.Domain.Testing;
using FluentValidation;
using NodaTime;
using static Bimtek.Domain.Programmes.ProgrammeRuleCodes;

namespace Bimtek.Domain.Tests.Programmes;

public class ProgrammeLifecycleTests
{
    private static readonly LocalDate BeforeFirstPhase = new(2020, 4, 30);
    private static readonly LocalDate FirstPhaseStart = new(2020, 5, 1);
    private static readonly LocalDate LastPhaseEnd = new(2020, 6, 30);

    [Fact]
    public void Transitions_AlongTheHappyPath_Succeed()
    {
        var programme = new ProgrammeBuilder().Build();

        programme.Publish().Succeeded.Should().BeTrue();
        programme.Start(FirstPhaseStart).Succeeded.Should().BeTrue();
        programme.Complete(LastPhaseEnd.PlusDays(1)).Succeeded.Should().BeTrue();

        programme.Status.Should().Be(ProgrammeStatus.Completed);
    }

    [Fact]
    public void Publish_WhenDefinitionInvalid_IsRefusedWithTheDefinitionsCodes()
    {
        var programme = new ProgrammeBuilder().WithTotalJp(7).Build();

        var result = programme.Publish();

        result.Succeeded.Should().BeFalse();
        result.Violations.Select(v => v.Code).Should().Equal(PublishRequiresValidDefinition, CurriculumJpMismatch);
        result.Violations[0].Details["Codes"].Should().Be(CurriculumJpMismatch);
        programme.Status.Should().Be(ProgrammeStatus.Draft);
    }

    [Fact]
    public void Publish_WhenOnlyWarnings_Succeeds()
    {
        var module = new Module("M1", "Module", Domain.Calendar.LessonHours.FromJp(4), [new LearningObjective("O1", "Objective", [])]);
        var programme = new ProgrammeBuilder().WithCurriculum(module).Build();

        programme.Publish().Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Publish_WithAHostValidator_ReportsItsOwnCodes()
    {
        var validator = new InlineValidator<Programme>();
        validator.RuleFor(p => p.Title).MaximumLength(5).WithErrorCode("Host.TitleTooLong");
        var programme = new ProgrammeBuilder().Build();

        var result = programme.Publish(validator);

        result.Violations.Select(v => v.Code).Should().Equal(PublishRequiresValidDefinition, "Host.TitleTooLong");
        programme.Status.Should().Be(ProgrammeStatus.Draft);
    }

    [Fact]
    public void Constructor_WhenStatusAndCancellationReasonDisagree_IsMisuse()
    {
        var cancelledWithoutReason = () => new ProgrammeBuilder().WithStatus(ProgrammeStatus.Cancelled).Build();
        var draft = new ProgrammeBuilder().Build();
        var draftWithReason = () => new Programme(draft.Code, draft.Title, draft.Organiser, draft.FiscalYear, draft.DeliveryMode, draft.TotalJp, draft.Curriculum, draft.Phases, cancellationReason: "why");

        cancelledWithoutReason.Should().Throw<ArgumentException>().WithParameterName("cancellationReason");
        draftWithReason.Should().Throw<ArgumentException>().WithParameterName("cancellationReason");
    }

    [Fact]
    public void Constructors_WhenAnEnumValueIsUndefined_AreMisuse()
    {
        var draft = new ProgrammeBuilder().Build();
        var mode = () => new Programme(draft.Code, draft.Title, draft.Organiser, draft.FiscalYear, default, draft.TotalJp, draft.Curriculum, draft.Phases);
        var position = () => new AudienceMember((Bimtek.Domain.Programmes.PositionKind)0, "X", 1);
        var evaluation = () => new CompletionPolicy(80, 60, [(EvaluationKind)42]);
        var twice = () => new CompletionPolicy(80, 60, [EvaluationKind.PostTest, EvaluationKind.PostTest]);

        mode.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("deliveryMode");
        position.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
        evaluation.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("requiredEvaluations");
        twice.Should().Throw<ArgumentException>().WithParameterName("requiredEvaluations");
    }

    [Fact]
    public void Publish_WhenAlreadyPublished_IsRefused()
    {
        var programme = new ProgrammeBuilder().WithStatus(ProgrammeStatus.Published).Build();

        var result = programme.Publish();

        result.Violations.Should().ContainSingle().Which.Code.Should().Be(TransitionNotAllowed);
        result.Violations[0].Details.Should().Contain("From", ProgrammeStatus.Published).And.Contain("To", ProgrammeStatus.Published);
    }

    [Fact]
    public void Start_BeforeTheFirstPhase_IsRefused()
    {
        var programme = new ProgrammeBuilder().WithStatus(ProgrammeStatus.Published).Build();

        var result = programme.Start(BeforeFirstPhase);

        result.Violations.Should().ContainSingle().Which.Code.Should().Be(StartBeforeFirstPhase);
        programme.Status.Should().Be(ProgrammeStatus.Published);
    }

    [Fact]
    public void Start_WhenDraft_IsRefused()
    {
        var programme = new ProgrammeBuilder().Build();

        programme.Start(FirstPhaseStart).Violations.Should().ContainSingle().Which.Code.Should().Be(TransitionNotAllowed);
    }

    [Fact]
    public void Complete_OnTheLastPhasesLastDay_IsRefused_AndTheDayAfterSucceeds()
    {
        var programme = new ProgrammeBuilder().WithStatus(ProgrammeStatus.InProgress).Build();

        programme.Complete(LastPhaseEnd).Violations.Should().ContainSingle().Which.Code.Should().Be(CompleteBeforeLastPhaseEnds);
        programme.Complete(LastPhaseEnd.PlusDays(1)).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Complete_WhenPublishedButNotStarted_ReportsBothRules()
    {
        var programme = new ProgrammeBuilder().WithStatus(ProgrammeStatus.Published).Build();

        programme.Complete(FirstPhaseStart).Violations.Select(v => v.Code)
            .Should().Equal(TransitionNotAllowed, CompleteBeforeLastPhaseEnds);
    }

    [Theory]
    [InlineData(ProgrammeStatus.Draft)]
    [InlineData(ProgrammeStatus.Published)]
    [InlineData(ProgrammeStatus.InProgress)]
    public void Cancel_BeforeCompletion_KeepsTheReason(ProgrammeStatus status)
    {
        var programme = new ProgrammeBuilder().WithStatus(status).Build();

        var wasCancelled = status == ProgrammeStatus.Cancelled;
        programme.Cancel("Anggaran direfokus untuk penanganan Covid-19").Succeeded.Should().Be(!wasCancelled);

        programme.Status.Should().Be(ProgrammeStatus.Cancelled);
        programme.CancellationReason.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData(ProgrammeStatus.Completed, "reason", TransitionNotAllowed)]
    [InlineData(ProgrammeStatus.Draft, " ", CancelReasonRequired)]
    public void Cancel_WhenNotAllowed_IsRefused(ProgrammeStatus status, string reason, string code)
    {
        var programme = new ProgrammeBuilder().WithStatus(status).Build();

        var result = programme.Cancel(reason);

        result.Violations.Should().ContainSingle().Which.Code.Should().Be(code);
        programme.Status.Should().Be(status);
        programme.CancellationReason.Should().BeNull();
    }
}
