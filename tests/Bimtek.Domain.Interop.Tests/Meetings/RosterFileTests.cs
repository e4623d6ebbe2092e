using Bimtek.Domain.Common;
using Bimtek.Domain.Interop.Meetings;
using Bimtek.Domain.Serialization;
using nietras.SeparatedValues;

namespace Bimtek.Domain.Interop.Tests.Meetings;

public class RosterFileTests
{
    [Fact]
    public void ReadCsv_Sample_GivesOfficialsEmailsAndSessions()
    {
        using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true }).FromFile(Samples.Path("roster.csv"));
        var rows = reader.Enumerate(row => new CsvRecord(row.LineNumberFrom, Fields(row))).ToList();
        var roster = RosterFile.ReadCsv(rows[0].Fields, rows.Skip(1), "roster.csv");

        roster.Officials.Should().HaveCount(4);
        roster.Officials[1].Emails.Should().HaveCount(2);
        roster.SessionsOf(Nip.Parse("198211302009012004")).Should().Equal("BDI-YOG-2020-06");
        roster.Officials[3].Emails.Should().BeEmpty();
    }

    [Fact]
    public void ReadCsv_ColumnsInAnyOrderWithAliases_ResolveByTheHostsMapping()
    {
        var roster = Read("Session,Alias,NIP,Name", "S1;S2,Pak Budi HP;budi.lain@example.org,197905122005011003,Budi Santoso");

        roster.SessionsOf(Nip.Parse("197905122005011003")).Should().Equal("S1", "S2");
        roster.Resolution.Mapping.Should().HaveCount(2);
        var report = MeetingExportReader.ReadText("Name (Original Name),User Email,Join Time,Leave Time\nPak Budi HP,,2020-06-18 08:00:00,2020-06-18 09:00:00\n", new MeetingReadOptions(Samples.Wib));
        new IdentityResolver(roster.Officials).Resolve(report, roster.Resolution).ResolvedBy[ResolutionStep.HostMapping].Should().Be(1);
    }

    [Theory]
    [InlineData("nip,name\n1979051220050110,A B", 2, "nip")]
    [InlineData("nip,name,email\n197905122005011003,A B,budi-at-example", 2, "email")]
    [InlineData("nip,name\n197905122005011003,A B,extra", 2, "fields")]
    [InlineData("nip,name,alias\n197905122005011003,A B,X\n198211302009012004,C D,x", 3, "alias")]
    [InlineData("nip,email\n197905122005011003,a@example.org", 1, "'name'")]
    public void ReadCsv_BadInput_IsRefusedNamingLineAndFieldNotTheValue(string text, int line, string named)
    {
        var lines = text.Split('\n');

        var refused = FluentActions.Invoking(() => Read(lines)).Should().Throw<BimtekCsvException>().Which;

        refused.Line.Should().Be(line);
        refused.Message.Should().Contain(named).And.NotContain("1979051220050110").And.NotContain("budi-at-example");
    }

    private static string[] Fields(SepReader.Row row)
    {
        var fields = new string[row.ColCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = row[i].ToString();
        }

        return fields;
    }

    private static Roster Read(params string[] lines)
    {
        var rows = lines.Select((l, i) => new CsvRecord(i + 1, l.Split(','))).ToList();
        return RosterFile.ReadCsv(rows[0].Fields, rows.Skip(1), "roster.csv");
    }
}
