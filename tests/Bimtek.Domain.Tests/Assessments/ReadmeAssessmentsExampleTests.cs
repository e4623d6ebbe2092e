using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Seeds;
using Microsoft.Extensions.DependencyInjection;

namespace Bimtek.Domain.Tests.Assessments;

/// <summary>The README's assessments example, line by line: if this breaks, the README is wrong.</summary>
public class ReadmeAssessmentsExampleTests
{
    [Fact]
    public void AssessmentsExample_GivesTheAnswersTheReadmeShows()
    {
        using var provider = new ServiceCollection().AddBimtekDomain().BuildServiceProvider();
        var regions = provider.GetRequiredService<IRegionDirectory>();

        LearningGain.Compute(Score.Create(40), Score.Create(70)).Value.Should().Be(0.5m);
        LearningGain.Compute(Score.Create(40), Score.Create(70)).Category.Should().Be(GainCategory.Medium);
        LearningGain.Compute(Score.Create(100), Score.Create(100)).Should().Be(LearningGain.Undefined);
        LearningGain.Compute(Score.Create(60), Score.Create(50)).Value.Should().Be(-0.25m);
        LearningGain.Compute(Score.Create(60), Score.Create(50)).Category.Should().Be(GainCategory.Low);

        var grading = provider.GetRequiredService<IGradingPolicy>();
        grading.Should().BeSameAs(GradingPolicy.Default);
        grading.Grade(Score.Create(89.99m)).Name.Should().Be("Memuaskan");
        grading.Grade(Score.Create(90.00m)).Name.Should().Be("Sangat Memuaskan");
        grading.Grade(Score.Create(60.00m)).Name.Should().Be("Kurang Memuaskan");

        var integritas = CompetencyFramework.AsnManagerial.Find("M.01")!;
        provider.GetRequiredService<IPositionStandards>().Find(PositionKind.JptPratama, integritas)!.Level.Value.Should().Be(4);

        var programme2020 = EmbeddedProgrammes.Load("KEMENPERIN-2020-NEW-NORMAL");
        var technical = CompetencyFramework.ForProgramme(programme2020);
        var officials = new[]
        {
            new OfficialCompetencyProfile(Nip.Parse("196608011988031001"), PositionKind.JptPratama,
                new Dictionary<string, ProficiencyLevel> { ["M.01"] = ProficiencyLevel.Create(3), ["M.04"] = ProficiencyLevel.Create(2) }),
        };
        var needs = provider.GetRequiredService<IGapAnalyzer>().RankNeeds(officials, [CompetencyFramework.AsnManagerial, technical], [programme2020]);
        needs[0].Competency.Code.Should().Be("M.04");
        needs[0].MeanShortfall.Should().Be(2m);

        var asRun = EmbeddedProgrammes.LoadAsRunSchedule("KEMENPERIN-2020-NEW-NORMAL");
        var reading = ResultReader.Read(
        [
            new ResultRow(2, "196608011988031001", "BDI-DPS-2020-06", "51.01", PreTest: "40", PostTest: "70", FinalScore: "92", AttendancePercent: "100", Completed: "ya"),
            new ResultRow(3, "196608011988031002", "BDI-DPS-2020-06", "51.71", PreTest: "abc"),
        ], asRun);
        reading.Result.Violations[0].Code.Should().Be("Assessments.ResultFieldInvalid");
        reading.Result.Violations[0].Details["Line"].Should().Be(3);
        var report = provider.GetRequiredService<IReportCalculator>()
            .Calculate(asRun, reading.Results, ReportOptions.ForScheduledPhases(asRun, regions));
        report.Programme.RegionsTargeted.Should().Be(508);
        report.Programme.Gain.GainOfAverages.Value.Should().Be(0.5m);
    }
}
