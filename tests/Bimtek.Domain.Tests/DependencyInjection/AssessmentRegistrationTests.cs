using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Microsoft.Extensions.DependencyInjection;

namespace Bimtek.Domain.Tests.DependencyInjection;

public class AssessmentRegistrationTests
{
    [Theory]
    [InlineData(typeof(IGradingPolicy))]
    [InlineData(typeof(IPositionStandards))]
    [InlineData(typeof(IGapAnalyzer))]
    [InlineData(typeof(IReportCalculator))]
    [InlineData(typeof(ReactionSurveyPolicy))]
    public void AddBimtekDomain_RegistersAssessmentSingletons(Type service)
    {
        var services = new ServiceCollection().AddBimtekDomain().AddBimtekDomain();

        services.Should().ContainSingle(d => d.ServiceType == service).Which.Lifetime.Should().Be(ServiceLifetime.Singleton);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService(service).Should().BeSameAs(provider.GetRequiredService(service));
    }

    [Fact]
    public void Defaults_AreTheAssumedTables()
    {
        using var provider = new ServiceCollection().AddBimtekDomain().BuildServiceProvider();

        provider.GetRequiredService<IGradingPolicy>().Should().BeSameAs(GradingPolicy.Default);
        provider.GetRequiredService<IPositionStandards>().Should().BeSameAs(PositionStandardTable.Default);
        provider.GetRequiredService<ReactionSurveyPolicy>().Should().BeSameAs(ReactionSurveyPolicy.Default);
        provider.GetRequiredService<IReportCalculator>().Should().BeOfType<ReportCalculator>()
            .Which.Grading.Should().BeSameAs(GradingPolicy.Default);
    }

    [Fact]
    public void Options_ReplaceTheGradingPolicyAndTheStandards()
    {
        var grading = GradingPolicy.Default.WithPassMark(70m);
        var standard = new PositionStandard(PositionKind.Fungsional, null, ProficiencyLevel.Create(2), Provenance.HostSupplied);

        using var provider = new ServiceCollection().AddBimtekDomain(o =>
        {
            o.GradingPolicy = grading;
            o.PositionStandards = [standard];
        }).BuildServiceProvider();

        provider.GetRequiredService<IGradingPolicy>().Should().BeSameAs(grading);
        provider.GetRequiredService<IPositionStandards>().Find(PositionKind.Fungsional, CompetencyFramework.AsnManagerial.Competencies[0]).Should().BeSameAs(standard);
        provider.GetRequiredService<IPositionStandards>().Find(PositionKind.JptPratama, CompetencyFramework.AsnManagerial.Competencies[0]).Should().BeNull();
    }

    [Fact]
    public void HostRegistrations_Win_AndFlowIntoTheReportCalculator()
    {
        var grading = new GradingPolicy([new GradeBand("Lulus", "Lulus", "Pass", 60m), new GradeBand("TidakLulus", "Tidak Lulus", "Fail", null)], 60m);
        var services = new ServiceCollection().AddSingleton<IGradingPolicy>(grading);

        services.AddBimtekDomain();

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IGradingPolicy>().Should().BeSameAs(grading);
        provider.GetRequiredService<IReportCalculator>().Should().BeOfType<ReportCalculator>().Which.Grading.Should().BeSameAs(grading);
    }

    [Fact]
    public void InvalidStandards_FailAtStart()
    {
        var twice = new PositionStandard(PositionKind.Pengawas, null, ProficiencyLevel.Create(2), Provenance.HostSupplied);

        var act = () => new ServiceCollection().AddBimtekDomain(o => o.PositionStandards = [twice, twice]);

        act.Should().Throw<ArgumentException>().WithMessage("*Pengawas*");
    }

    [Fact]
    public void NullGradingPolicy_FailsAtStart()
    {
        var act = () => new ServiceCollection().AddBimtekDomain(o => o.GradingPolicy = null!);

        act.Should().Throw<ArgumentException>().WithMessage("*GradingPolicy*");
    }
}
