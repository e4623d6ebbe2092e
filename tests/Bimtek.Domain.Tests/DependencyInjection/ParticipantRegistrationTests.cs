using Bimtek.Domain.Attendance;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Bimtek.Domain.Tests.DependencyInjection;

public class ParticipantRegistrationTests
{
    [Theory]
    [InlineData(typeof(IEligibilityPolicy))]
    [InlineData(typeof(FluentValidation.IValidator<EligibilityRequest>))]
    [InlineData(typeof(EnrolmentDesk))]
    [InlineData(typeof(IAttendanceCalculator))]
    [InlineData(typeof(ICertificateSequence))]
    [InlineData(typeof(ICertificateNumberGenerator))]
    [InlineData(typeof(CertificateIssuer))]
    public void AddBimtekDomain_RegistersSingletons(Type service)
    {
        var services = new ServiceCollection().AddBimtekDomain();

        services.Should().ContainSingle(d => d.ServiceType == service).Which.Lifetime.Should().Be(ServiceLifetime.Singleton);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService(service).Should().BeSameAs(provider.GetRequiredService(service));
    }

    [Fact]
    public void AddBimtekDomain_DoesNotReplaceTheHostsPolicyCalculatorOrNumbers()
    {
        var policy = new AcceptEveryone();
        var numbers = new CertificateNumberGenerator(new InMemoryCertificateSequence(), new byte[32]);
        var calculator = new AttendanceCalculator(Reference.Bdi, new AttendancePolicy(50m));
        var services = new ServiceCollection()
            .AddSingleton<IEligibilityPolicy>(policy)
            .AddSingleton<ICertificateNumberGenerator>(numbers)
            .AddSingleton<IAttendanceCalculator>(calculator)
            .AddBimtekDomain();

        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IEligibilityPolicy>().Should().BeSameAs(policy);
        provider.GetRequiredService<ICertificateNumberGenerator>().Should().BeSameAs(numbers);
        provider.GetRequiredService<IAttendanceCalculator>().Should().BeSameAs(calculator);
    }

    [Fact]
    public void AddBimtekDomain_DefaultsToTheInMemorySequence_AndNumbersFromTheHostsSequenceWhenOneIsRegistered()
    {
        using var byDefault = new ServiceCollection().AddBimtekDomain().BuildServiceProvider();
        byDefault.GetRequiredService<ICertificateSequence>().Should().BeOfType<InMemoryCertificateSequence>();

        var store = new InMemoryCertificateSequence();
        store.ContinueAfter(new CertificateSeries(Reference.Centre("BDI-YOG"), 2020, "P"), 99);
        using var provider = new ServiceCollection().AddSingleton<ICertificateSequence>(store).AddBimtekDomain().BuildServiceProvider();

        provider.GetRequiredService<ICertificateSequence>().Should().BeSameAs(store);
        provider.GetRequiredService<ICertificateNumberGenerator>().Allocate(Reference.Centre("BDI-YOG"), 2020, "P", People.Nip(1)).Number
            .Should().Be("0100/BDI-YOG/P/2020");
    }

    [Fact]
    public void EnrolmentDesk_UsesTheHostsPolicyAndClock()
    {
        var clock = new FakeClock(Instant.FromUtc(2020, 6, 1, 2, 0));
        using var provider = new ServiceCollection().AddSingleton<IClock>(clock).AddSingleton<IEligibilityPolicy>(new AcceptEveryone()).AddBimtekDomain().BuildServiceProvider();
        var desk = provider.GetRequiredService<EnrolmentDesk>();
        var roster = new SessionRoster("S1", Instant.FromUtc(2020, 6, 8, 1, 0), new EnrolmentSettings(5));
        var staff = People.Official(1, kind: PositionKind.Pelaksana);
        var context = new EligibilityContext(new ProgrammeBuilder().Build().FindPhase("p2")!, new SessionBuilder().Build());

        var change = desk.Nominate(roster, new Nomination(staff, "S1", staff.Agency, clock.GetCurrentInstant()), context);

        change.Enrolment!.EnrolledAt.Should().Be(clock.GetCurrentInstant());
    }

    [Fact]
    public void AttendancePolicyOption_ReachesTheCalculator()
    {
        using var provider = new ServiceCollection().AddBimtekDomain(o => o.AttendancePolicy = new AttendancePolicy(100m)).BuildServiceProvider();
        var calculator = provider.GetRequiredService<IAttendanceCalculator>();
        var builder = new AttendanceLogBuilder();
        builder.AddRow(2, People.Nip(1).ToUnmaskedString(), "S1", "2020-06-08T09:01:00+07:00", "2020-06-08T10:30:00+07:00");

        var result = calculator.Calculate(new SessionBuilder().Build(), builder.Build(), CompletionPolicy.Default);

        result.Participants.Single().Statuses[2].Should().Be(ItemAttendanceStatus.Absent, "89 of 90 minutes is below 100 %");
    }

    private sealed class AcceptEveryone : IEligibilityPolicy
    {
        public RuleResult Check(Nomination nomination, EligibilityContext context) => RuleResult.Success;
    }
}
