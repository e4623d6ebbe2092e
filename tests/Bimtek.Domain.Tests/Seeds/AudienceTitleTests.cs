using Bimtek.Domain.Programmes;
using Bimtek.Domain.Seeds;

namespace Bimtek.Domain.Tests.Seeds;

public class AudienceTitleTests
{
    [Fact]
    public void FunctionalOfficials_AreNamedAsTheReportsName_Them()
    {
        // The reports say "Pejabat Fungsional"; no source names which functional position (seeds/programmes/SOURCES.md).
        var programme = EmbeddedProgrammes.Load("KEMENPERIN-2020-NEW-NORMAL");

        var functional = programme.Phases.SelectMany(p => p.Audience).Where(a => a.Kind == PositionKind.Fungsional).ToList();

        functional.Should().NotBeEmpty().And.OnlyContain(a => a.Title == "Pejabat Fungsional");
    }
}
