using Bimtek.Cli.Text;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using Region = Bimtek.Domain.Regions.Region;

namespace Bimtek.Cli.Rendering;

/// <summary>The regions of a date for people (a table) or pipelines (JSON).</summary>
internal static class RegionsOutput
{
    public static void Write(TextWriter output, LocalDate date, IReadOnlyList<Region> regions, ICentreDirectory centres, bool json, CliText text)
    {
        var items = regions.Select(r => RegionItem.From(r, centres, date)).ToList();
        if (json)
        {
            JsonOutput.Write(output, new { asOf = LocalDatePattern.Iso.Format(date), regions = items });
            return;
        }

        var table = TableOutput.Table(text.RegionsTitle(date, items.Count), text.RegionsHeaders);
        foreach (var (item, region) in items.Zip(regions))
        {
            // Kabupaten, Kota, Provinsi: the Indonesian words, which English texts use too.
            table.AddRow(item.Code, Markup.Escape(item.Name), (region as Regency)?.Kind.ToString() ?? "Provinsi", text.YesNo(item.Autonomous), $"{item.Zone} ({item.TimeZone})", item.Centre);
        }

        TableOutput.Write(output, table);
    }

    /// <summary>One row of <c>bimtek regions</c>, and its JSON shape.</summary>
    private sealed record RegionItem(
        string Code,
        string Name,
        string Kind,
        string ProvinceCode,
        string TimeZone,
        string Zone,
        bool Autonomous,
        string Centre,
        string? PreviousCode)
    {
        public static RegionItem From(Region region, ICentreDirectory centres, LocalDate date) => region switch
        {
            Regency r => Create(r, r.ProvinceCode, r.IsAutonomous, Commands.CommonOptions.JsonName(r.Kind), centres, date),
            _ => Create(region, region.Code, true, "province", centres, date),
        };

        private static RegionItem Create(Region region, RegionCode province, bool autonomous, string kind, ICentreDirectory centres, LocalDate date) =>
            new(
                region.Code.ToString(),
                region.Name,
                kind,
                province.ToString(),
                region.TimeZone.Id,
                region.ZoneLabel.ToString(),
                autonomous,
                centres.FindServiceArea(region.Code, date)?.Centre.Value ?? string.Empty,
                (region as Regency)?.Predecessor?.ToString());
    }
}
