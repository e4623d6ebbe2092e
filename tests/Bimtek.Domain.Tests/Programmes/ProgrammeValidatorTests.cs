using Bimtek.Domain.Programmes;
using Bimtek.Domain.Testing;
using FluentValidation;
using FluentValidation.TestHelper;
using NodaTime;
using static Bimtek.Domain.Programmes.ProgrammeRuleCodes;
using static Bimtek.Domain.Testing.ProgrammeBuilder;
using LessonHours = Bimtek.Domain.Calendar.LessonHours;

namespace Bimtek.Domain.Tests.Programmes;

public class ProgrammeValidatorTests
{
    // A validator per test, not one per process: its rules are set up in its constructor, which a shared instance runs once.
    private readonly ProgrammeValidator _validator = new();
    private static readonly LocalDate May1 = new(2020, 5, 1);
    private static readonly LocalDate May31 = new(2020, 5, 31);

    [Fact]
    public void Validate_WhenValid_HasNoFailure()
    {
        _validator.TestValidate(new ProgrammeBuilder().Build()).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenCodeOrTitleOrOrganiserMissing_ReportsEach()
    {
        var programme = new Programme(string.Empty, " ", new Organiser(string.Empty), 2020, DeliveryMode.Virtual, LessonHours.FromJp(2), [Module("M1", 2)], [Phase("p1", May1, May31)]);

        var result = _validator.TestValidate(programme);

        result.ShouldHaveValidationErrorFor(p => p.Code).WithErrorCode(CodeMissing);
        result.ShouldHaveValidationErrorFor(p => p.Title).WithErrorCode(TitleMissing);
        result.ShouldHaveValidationErrorFor("Organiser.Unit").WithErrorCode(OrganiserMissing);
    }

    [Fact]
    public void Validate_WhenCurriculumJpDoesNotAddUp_ReportsSumAndDeclared()
    {
        var result = _validator.TestValidate(new ProgrammeBuilder().WithTotalJp(5).Build());

        var failure = result.ShouldHaveValidationErrorFor(p => p.TotalJp).WithErrorCode(CurriculumJpMismatch).Only().Single();
        Details(failure).Should().Contain("Sum", 4).And.Contain("Declared", 5);
    }

    [Fact]
    public void Validate_WhenCurriculumAddsUpExactly_IsSilent()
    {
        _validator.TestValidate(new ProgrammeBuilder().WithTotalJp(4).Build()).ShouldNotHaveValidationErrorFor(p => p.TotalJp);
    }

    [Fact]
    public void Validate_WhenModuleHasNoJpOrDuplicatesACode_ReportsTheModule()
    {
        var result = _validator.TestValidate(new ProgrammeBuilder().WithCurriculum(Module("M1", 0), Module("M2", 2), Module("M2", 2)).Build());

        result.ShouldHaveValidationErrorFor("Curriculum[0].Jp").WithErrorCode(ModuleJpZero);
        result.ShouldHaveValidationErrorFor("Curriculum[2].Code").WithErrorCode(ModuleCodeDuplicate);
        result.ShouldNotHaveValidationErrorFor("Curriculum[1].Code");
    }

    [Fact]
    public void Validate_WhenCurriculumOrPhasesEmpty_ReportsEach()
    {
        var result = _validator.TestValidate(new ProgrammeBuilder().WithCurriculum().WithPhases().WithTotalJp(0).Build());

        result.ShouldHaveValidationErrorFor(p => p.Curriculum).WithErrorCode(CurriculumEmpty);
        result.ShouldHaveValidationErrorFor(p => p.Phases).WithErrorCode(PhasesEmpty);
        result.ShouldNotHaveValidationErrorFor(p => p.TotalJp);
    }

    [Fact]
    public void Validate_WhenCurriculumEmptyButJpDeclared_ReportsOnlyTheEmptyCurriculum()
    {
        var result = _validator.TestValidate(new ProgrammeBuilder().WithCurriculum().WithTotalJp(10).Build());

        result.ShouldHaveValidationErrorFor(p => p.Curriculum).WithErrorCode(CurriculumEmpty);
        result.ShouldNotHaveValidationErrorFor(p => p.TotalJp);
    }

    [Fact]
    public void Validate_WhenAPhaseNameIsBlank_ReportsItAtItsPath()
    {
        var phase = new Phase("p1", " ", Bimtek.Domain.Regions.RegionLevel.Province, [new AudienceMember(PositionKind.JptPratama, "Kepala Dinas", 1)], May1, May31, PhaseDelivery.Central);

        var result = _validator.TestValidate(new ProgrammeBuilder().WithPhases(phase).Build());

        var failure = result.Errors.Should().ContainSingle(e => e.PropertyName == "Phases[0].Name").Subject;
        failure.ErrorCode.Should().Be(TextMissing);
        Details(failure)["Field"].Should().Be("Phases[0].Name");
    }

    [Fact]
    public void Validate_WhenObjectiveMapsToNoCompetency_WarnsOnly()
    {
        var module = new Module("M1", "Module", LessonHours.FromJp(4), [new LearningObjective("O1", "Objective", [])]);

        var result = _validator.TestValidate(new ProgrammeBuilder().WithCurriculum(module).Build());

        result.ShouldHaveValidationErrorFor("Curriculum[0].Objectives[0].CompetencyCodes")
            .WithErrorCode(ObjectiveWithoutCompetency).WithSeverity(Severity.Warning);
        result.Errors.Should().OnlyContain(e => e.Severity == Severity.Warning);
    }

    [Fact]
    public void Validate_WhenWindowReversed_ReportsThePhase()
    {
        var result = _validator.TestValidate(new ProgrammeBuilder().WithPhases(Phase("p1", May31, May1)).Build());

        var failure = result.ShouldHaveValidationErrorFor("Phases[0].End").WithErrorCode(PhaseWindowReversed).Only().Single();
        Details(failure).Should().Contain("Phase", "p1").And.Contain("Start", new LocalDate(2020, 5, 31));
    }

    [Fact]
    public void Validate_WhenOneDayWindow_IsSilent()
    {
        _validator.TestValidate(new ProgrammeBuilder().WithPhases(Phase("p1", May1, May1)).Build()).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(2019, 12, 31, 2020, 1, 10, "Phases[0].Start")]
    [InlineData(2020, 12, 20, 2021, 1, 5, "Phases[0].End")]
    public void Validate_WhenPhaseLeavesTheFiscalYear_ReportsTheEndThatLeaves(int y1, int m1, int d1, int y2, int m2, int d2, string path)
    {
        var phase = Phase("p1", new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2));

        var result = _validator.TestValidate(new ProgrammeBuilder().WithPhases(phase).Build());

        result.ShouldHaveValidationErrorFor(path).WithErrorCode(PhaseOutsideFiscalYear);
        result.Errors.Where(e => e.ErrorCode == PhaseOutsideFiscalYear).Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenTextsAreBlank_ReportsEachField()
    {
        var module = new Module(" ", "", LessonHours.FromJp(4), [new LearningObjective("O1", "Objective", ["TK.01"])]);
        var phase = Phase(" ", May1, May31, audience: [new AudienceMember(PositionKind.JptPratama, " ", 1)], opening: new OpeningEvent(May1, ""));

        var result = _validator.TestValidate(new ProgrammeBuilder().WithCurriculum(module).WithPhases(phase).Build());

        foreach (var path in new[] { "Curriculum[0].Code", "Curriculum[0].Title", "Phases[0].Id", "Phases[0].Audience[0].Title", "Phases[0].Opening.Official" })
        {
            result.ShouldHaveValidationErrorFor(path).WithErrorCode(TextMissing);
        }
    }

    [Fact]
    public void Validate_WhenADuplicatedPhaseHasAnUnknownPrerequisite_ReportsBoth()
    {
        var result = _validator.TestValidate(new ProgrammeBuilder().WithPhases(Phase("a", May1, May31), Phase("a", May1, May31, prerequisite: "zzz")).Build());

        result.ShouldHaveValidationErrorFor("Phases[1].Id").WithErrorCode(PhaseIdDuplicate);
        result.ShouldHaveValidationErrorFor("Phases[1].PrerequisitePhaseId").WithErrorCode(PrerequisiteUnknown);
    }

    [Fact]
    public void Validate_WhenPhaseFillsTheWholeFiscalYear_IsSilent()
    {
        var phase = Phase("p1", new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31));

        _validator.TestValidate(new ProgrammeBuilder().WithPhases(phase).Build()).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenAudienceEmptyOrNotPositive_ReportsThePhase()
    {
        var empty = Phase("p1", May1, May31, audience: []);
        var zero = Phase("p2", new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 30), audience: [new AudienceMember(PositionKind.Administrator, "Kabid", 0)]);

        var result = _validator.TestValidate(new ProgrammeBuilder().WithPhases(empty, zero).Build());

        result.ShouldHaveValidationErrorFor("Phases[0].Audience").WithErrorCode(AudienceEmpty);
        result.ShouldHaveValidationErrorFor("Phases[1].Audience[0].PerRegion").WithErrorCode(AudienceCountNotPositive);
    }

    [Fact]
    public void Validate_WhenPhaseIdsRepeat_ReportsTheSecond()
    {
        var result = _validator.TestValidate(new ProgrammeBuilder().WithPhases(Phase("p1", May1, May31), Phase("p1", May1, May31)).Build());

        result.ShouldHaveValidationErrorFor("Phases[1].Id").WithErrorCode(PhaseIdDuplicate);
        result.ShouldNotHaveValidationErrorFor("Phases[0].Id");
    }

    [Fact]
    public void Validate_WhenPrerequisiteUnknown_ReportsIt()
    {
        var result = _validator.TestValidate(new ProgrammeBuilder().WithPhases(Phase("p1", May1, May31, prerequisite: "p0")).Build());

        result.ShouldHaveValidationErrorFor("Phases[0].PrerequisitePhaseId").WithErrorCode(PrerequisiteUnknown);
    }

    [Fact]
    public void Validate_WhenPrerequisitesFormACycle_ReportsTheCycleOnce()
    {
        var phases = new[]
        {
            Phase("a", May1, May31, prerequisite: "c"),
            Phase("b", May1, May31, prerequisite: "a"),
            Phase("c", May1, May31, prerequisite: "b"),
            Phase("d", new LocalDate(2020, 7, 1), new LocalDate(2020, 7, 31), prerequisite: "a"),
        };

        var result = _validator.TestValidate(new ProgrammeBuilder().WithPhases(phases).Build());

        var cycle = result.Errors.Where(e => e.ErrorCode == PrerequisiteCycle).Should().ContainSingle().Which;
        cycle.PropertyName.Should().Be("Phases[0].PrerequisitePhaseId");
        Details(cycle)["Cycle"].Should().Be("a → c → b → a");
        Details(cycle)["Phases"].Should().BeEquivalentTo(new[] { "a", "c", "b" }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Validate_WhenPhaseIsItsOwnPrerequisite_IsACycle()
    {
        var result = _validator.TestValidate(new ProgrammeBuilder().WithPhases(Phase("a", May1, May31, prerequisite: "a")).Build());

        result.ShouldHaveValidationErrorFor("Phases[0].PrerequisitePhaseId").WithErrorCode(PrerequisiteCycle);
    }

    [Fact]
    public void Validate_WhenPhaseStartsOnItsPrerequisitesLastDay_ReportsIt()
    {
        var phases = new[] { Phase("p1", May1, May31), Phase("p2", May31, new LocalDate(2020, 6, 30), prerequisite: "p1") };

        _validator.TestValidate(new ProgrammeBuilder().WithPhases(phases).Build())
            .ShouldHaveValidationErrorFor("Phases[1].PrerequisitePhaseId").WithErrorCode(PrerequisiteNotEnded);
    }

    [Fact]
    public void Validate_WhenPhaseStartsTheDayAfterItsPrerequisiteEnds_IsSilent()
    {
        _validator.TestValidate(new ProgrammeBuilder().Build()).ShouldNotHaveValidationErrorFor("Phases[1].PrerequisitePhaseId");
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(31, false)]
    [InlineData(0, true)]
    [InlineData(32, true)]
    public void Validate_AnOpeningOnItsPhasesFirstOrLastDay_IsInside_AndADayBeyondWarns(int dayOfMay, bool warns)
    {
        var opening = new LocalDate(2020, 5, 1).PlusDays(dayOfMay - 1);
        var phase = Phase("p1", May1, May31, opening: new OpeningEvent(opening, "Menteri Perindustrian"));

        var result = _validator.TestValidate(new ProgrammeBuilder().WithPhases(phase).Build());

        result.Errors.Any(e => e.ErrorCode == OpeningOutsidePhase).Should().Be(warns, "the opening is on {0}", opening);
    }

    [Fact]
    public void AnOpeningWithoutAnOfficial_AndAPolicyWithoutItsEvaluations_AreRefusedByName()
    {
        ((Func<OpeningEvent>)(() => new OpeningEvent(May1, null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("official");
        ((Func<CompletionPolicy>)(() => new CompletionPolicy(80, 60, null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("requiredEvaluations");
    }

    [Fact]
    public void Validate_WhenOpeningOutsideTheWindow_Warns()
    {
        var phase = Phase("p1", May1, May31, opening: new OpeningEvent(new LocalDate(2020, 6, 1), "Menteri Perindustrian"));

        _validator.TestValidate(new ProgrammeBuilder().WithPhases(phase).Build())
            .ShouldHaveValidationErrorFor("Phases[0].Opening.Date").WithErrorCode(OpeningOutsidePhase).WithSeverity(Severity.Warning);
    }

    [Theory]
    [InlineData(-1, 60, "CompletionPolicy.MinimumAttendancePercent")]
    [InlineData(100.01, 60, "CompletionPolicy.MinimumAttendancePercent")]
    [InlineData(80, 101, "CompletionPolicy.PassMark")]
    public void Validate_WhenThresholdOutOfRange_ReportsIt(decimal attendance, decimal passMark, string property)
    {
        var policy = new CompletionPolicy(attendance, passMark, [EvaluationKind.PostTest]);

        _validator.TestValidate(new ProgrammeBuilder().WithPolicy(policy).Build())
            .ShouldHaveValidationErrorFor(property).WithErrorCode(CompletionThresholdOutOfRange);
    }

    [Fact]
    public void Validate_WhenThresholdsAtTheirBounds_IsSilent()
    {
        var policy = new CompletionPolicy(100, 0, []);

        _validator.TestValidate(new ProgrammeBuilder().WithPolicy(policy).Build()).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenManyRulesBreak_ReportsAllOfThem()
    {
        var programme = new ProgrammeBuilder()
            .WithTotalJp(9)
            .WithPhases(Phase("p1", May31, May1, prerequisite: "zz"), Phase("p1", new LocalDate(2021, 1, 1), new LocalDate(2021, 1, 2), audience: []))
            .Build();

        var codes = _validator.Validate(programme).Errors.Select(e => e.ErrorCode);

        codes.Should().Contain([CurriculumJpMismatch, PhaseWindowReversed, PrerequisiteUnknown, PhaseIdDuplicate, PhaseOutsideFiscalYear, AudienceEmpty]);
    }

    private static IReadOnlyDictionary<string, object?> Details(FluentValidation.Results.ValidationFailure failure) =>
        failure.GetDetails();
}
