using System.Text.Json;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Testing;

namespace Bimtek.Domain.Tests.Seeds;

/// <summary>The 2020 as-run schedule says per session what the reports give (by role) and marks the rest assumed.</summary>
public class AsRunProvenanceTests
{
    private static readonly JsonElement Document = JsonDocument.Parse(File.ReadAllText(
        Path.Combine(Repository.Root, "seeds", "programmes", "kemenperin-2020-new-normal-as-run-schedule.json"))).RootElement;

    private static JsonElement Session(string centre) =>
        Document.GetProperty("sessions").EnumerateArray().Single(s => s.GetProperty("centre").GetString() == centre);

    private static (string? Value, string Status) Fact(string centre, string name)
    {
        var fact = Session(centre).GetProperty("provenance").GetProperty(name);
        return (fact.TryGetProperty("value", out var v) ? v.GetString() : null, fact.GetProperty("status").GetString()!);
    }

    [Theory]
    [InlineData("BDI-YOG", "Kepala BPSDMI", "sourced", "kapusdiklat")]
    [InlineData("BDI-PDG", "Kepala Pusat Pengembangan Pendidikan Kejuruan dan Vokasi Industri, on behalf of the Kepala BPSDMI", "sourced", "kapusdiklat")]
    [InlineData("BDI-DPS", "Kepala Pusdiklat Industri", "assumed", "kapusdiklat")]
    [InlineData("BDI-SBY", "Kepala Pusdiklat Industri", "assumed", "kapusdiklat")]
    public void OpenedBy_IsWhatTheReportSays_TheOpeningItemKeepsTheAssumedInstructor(string centre, string value, string status, string instructor)
    {
        Fact(centre, "openedBy").Should().Be((value, status));
        var opening = Session(centre).GetProperty("days")[0].GetProperty("items")[0];
        opening.GetProperty("kind").GetString().Should().Be("opening");
        opening.GetProperty("instructors")[0].GetString().Should().Be(instructor);
    }

    [Fact]
    public void Platform_OnlyPadangsZoomIsARoom_SurabayasYouTubeIsSourced_TheRestAssumed()
    {
        Session("BDI-PDG").GetProperty("platformRoom").GetString().Should().Be("zoom");
        foreach (var centre in new[] { "BDI-DPS", "BDI-YOG", "BDI-SBY" })
        {
            Session(centre).TryGetProperty("platformRoom", out _).Should().BeFalse(centre);
        }

        Fact("BDI-SBY", "platform").Should().Be(("a YouTube stream on BDI Surabaya's channel", "sourced"));
        Fact("BDI-DPS", "platform").Status.Should().Be("assumed");
        Fact("BDI-YOG", "platform").Status.Should().Be("assumed");
        Fact("BDI-SBY", "moderatedBy").Should().Be(("Sekretaris BPSDMI", "sourced"));
        EmbeddedProgrammes.AsRunSessions("KEMENPERIN-2020-NEW-NORMAL").Single(s => s.Centre.ToString() == "BDI-SBY").Platforms.Should().Equal("YouTube");
    }

    [Fact]
    public void EverySession_MarksItsAgendaAssumed_AndTheFileListsItsAssumptions()
    {
        foreach (var session in Document.GetProperty("sessions").EnumerateArray())
        {
            session.GetProperty("provenance").GetProperty("agenda").GetProperty("status").GetString().Should().Be("assumed");
            session.GetProperty("provenance").EnumerateObject().Select(p => p.Value.GetProperty("status").GetString()).Should().OnlyContain(s => s == "sourced" || s == "assumed");
        }

        Document.GetProperty("assumptions").GetArrayLength().Should().BeGreaterThan(0);
        EmbeddedProgrammes.LoadAsRunSchedule("KEMENPERIN-2020-NEW-NORMAL").Sessions.Should().HaveCount(4);
    }
}
