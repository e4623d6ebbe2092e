using Bimtek.Domain.Seeds;

namespace Bimtek.Domain.Tests.Seeds;

/// <summary>How a host finds the embedded programmes: by code, with a null answer or a clear refusal for any other code,
/// and the as-run record saying "the source does not say" as nothing, never as zero or an empty name.</summary>
public class EmbeddedProgrammesLookupTests
{
    [Fact]
    public void Codes_AreTheEmbeddedProgrammes()
    {
        EmbeddedProgrammes.Codes.Should().Equal(EmbeddedProgrammes.NewNormal2020);
    }

    [Fact]
    public void Find_WhenCodeEmbedded_GivesThatProgramme()
    {
        EmbeddedProgrammes.Find(EmbeddedProgrammes.NewNormal2020)!.Code.Should().Be(EmbeddedProgrammes.NewNormal2020);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("NOPE")]
    [InlineData("kemenperin-2020-new-normal")]
    public void Find_WhenCodeNotEmbedded_GivesNull(string? code)
    {
        EmbeddedProgrammes.Find(code).Should().BeNull();
    }

    [Fact]
    public void TryLoad_WhenCodeEmbedded_IsTrueWithTheProgramme()
    {
        EmbeddedProgrammes.TryLoad(EmbeddedProgrammes.NewNormal2020, out var programme).Should().BeTrue();
        programme!.Code.Should().Be(EmbeddedProgrammes.NewNormal2020);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("NOPE")]
    public void TryLoad_WhenCodeNotEmbedded_IsFalseWithNull(string? code)
    {
        EmbeddedProgrammes.TryLoad(code, out var programme).Should().BeFalse();
        programme.Should().BeNull();
    }

    [Fact]
    public void AsRunSessions_WhenCodeNotEmbedded_ThrowsKeyNotFoundNamingTheCode()
    {
        var act = () => EmbeddedProgrammes.AsRunSessions("NOPE");

        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain("'NOPE'");
    }

    [Fact]
    public void LoadAsRunSchedule_WhenCodeNotEmbedded_ThrowsKeyNotFoundNamingTheCode()
    {
        var act = () => EmbeddedProgrammes.LoadAsRunSchedule("NOPE");

        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain("'NOPE'");
    }

    [Fact]
    public void Loaders_WhenCodeNull_ThrowArgumentNullNamingTheParameter()
    {
        // Misuse names the caller's argument, not a dictionary's internal "key".
        var loaders = new Action[]
        {
            () => EmbeddedProgrammes.Load(null!),
            () => EmbeddedProgrammes.LoadAsRunSchedule(null!),
            () => EmbeddedProgrammes.AsRunSessions(null!),
        };

        foreach (var load in loaders)
        {
            load.Should().Throw<ArgumentNullException>().WithParameterName("code");
        }
    }

    [Fact]
    public void AsRunSessions_AreInDateOrder()
    {
        EmbeddedProgrammes.AsRunSessions(EmbeddedProgrammes.NewNormal2020).Select(s => s.Start).Should().BeInAscendingOrder();
    }

    [Fact]
    public void AsRunSessions_WhenTheSourceNamesNoPlatformOrRegencyCount_SayNothing()
    {
        // BDI Denpasar's report gives 373 participants and neither a regency count nor a platform.
        var denpasar = EmbeddedProgrammes.AsRunSessions(EmbeddedProgrammes.NewNormal2020).Single(s => s.Centre.Value == "BDI-DPS");

        denpasar.Participants.Should().Be(373);
        denpasar.Regencies.Should().BeNull();
        denpasar.Platforms.Should().BeEmpty();
        denpasar.Source.Should().StartWith("https://");
    }
}
