using System.Globalization;
using Bimtek.Cli.Text;
using Bimtek.Domain;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Bimtek.Cli.Rendering;

/// <summary>The training centres and the provinces each serves, for people (a table) or pipelines (JSON).</summary>
internal static class CentresOutput
{
    public static void Write(TextWriter output, LocalDate date, ICentreDirectory centres, IRegionDirectory regions, bool json, CliText text)
    {
        var items = centres.Centres.Select(centre =>
        {
            var areas = centres.GetServiceAreas(date).Where(a => a.Centre == centre.Code).ToList();
            var regencies = centres.GetRegenciesServed(centre.Code, date);
            return new CentreItem(
                centre.Code.Value,
                centre.Name,
                centre.City,
                centre.Regional,
                centre.RegionalProvenance is { } regional ? JsonName(regional) : null,
                centre.TimeZone.Id,
                centre.ZoneLabel.ToString(),
                [.. areas.Select(a => a.Province.ToString())],
                regencies.Count,
                regencies.Count(r => r.IsAutonomous),
                Summarise(areas, JsonName, "mixed", "none"),
                [.. areas.Select(a => new AreaItem(a.Province.ToString(), a.Provenance, a.Source, a.InheritedFrom?.ToString()))]);
        }).ToList();

        if (json)
        {
            JsonOutput.Write(output, new { asOf = LocalDatePattern.Iso.Format(date), centres = items });
            return;
        }

        var table = TableOutput.Table(text.CentresTitle(date), text.CentresHeaders);
        foreach (var item in items)
        {
            var provinces = string.Join(", ", item.Provinces.Select(p => $"{p} {regions.GetProvince(RegionCode.Parse(p), date).Name}"));
            var provenance = Summarise(centres.GetServiceAreas(date).Where(a => a.Centre.Value == item.Code).ToList(), p => text.Name(p), text.Mixed, text.None);
            table.AddRow(item.Code, item.Name, item.Zone, Markup.Escape(provinces), item.RegencyCount.ToString(CultureInfo.InvariantCulture), item.AutonomousRegencyCount.ToString(CultureInfo.InvariantCulture), provenance);
        }

        TableOutput.Write(output, table);
        output.WriteLine(text.CentresFootnote);
    }

    private static string Summarise(List<ServiceArea> areas, Func<Provenance, string> name, string mixed, string none)
    {
        var kinds = areas.Select(a => a.Provenance).Distinct().ToList();
        return kinds.Count switch
        {
            0 => none,
            1 => name(kinds[0]),
            _ => mixed,
        };
    }

    private static string JsonName(Provenance provenance) => provenance switch
    {
        Provenance.Sourced => "sourced",
        Provenance.Assumed => "assumed",
        _ => "hostSupplied",
    };

    /// <summary>One row of <c>bimtek centres</c>, and its JSON shape.</summary>
    private sealed record CentreItem(
        string Code,
        string Name,
        string City,
        string? Regional,
        string? RegionalProvenance,
        string TimeZone,
        string Zone,
        IReadOnlyList<string> Provinces,
        int RegencyCount,
        int AutonomousRegencyCount,
        string Provenance,
        IReadOnlyList<AreaItem> ServiceAreas);

    /// <summary>One province of a centre's service area, with where the fact comes from.</summary>
    private sealed record AreaItem(string Province, Provenance Provenance, string? Source, string? InheritedFrom);
}
