using System.CommandLine;
using Bimtek.Cli.Rendering;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using Spectre.Console;

namespace Bimtek.Cli.Commands;

/// <summary><c>bimtek centres [--as-of D] [--json]</c>: the training centres and the provinces each serves.</summary>
internal static class CentresCommand
{
    public static Command Create(CliContext context)
    {
        var asOf = CommonOptions.AsOf();
        var json = CommonOptions.Json();
        var command = new Command("centres", "List the training centres, the provinces each serves and where that mapping comes from.")
        {
            asOf, json,
        };
        command.SetAction(parsed =>
        {
            var date = parsed.GetValue(asOf) ?? context.Today();
            var directory = context.Get<ICentreDirectory>();
            var items = directory.Centres.Select(centre =>
            {
                var areas = directory.GetServiceAreas(date).Where(a => a.Centre == centre.Code).ToList();
                var regencies = directory.GetRegenciesServed(centre.Code, date);
                return new CentreItem(
                    centre.Code.Value,
                    centre.Name,
                    centre.City,
                    centre.Regional,
                    centre.TimeZone.Id,
                    centre.ZoneLabel.ToString(),
                    [.. areas.Select(a => a.Province.ToString())],
                    regencies.Count,
                    regencies.Count(r => r.IsAutonomous),
                    Summarise(areas),
                    [.. areas.Select(a => new AreaItem(a.Province.ToString(), a.Provenance, a.Source, a.InheritedFrom?.ToString()))]);
            }).ToList();

            if (parsed.GetValue(json))
            {
                JsonOutput.Write(context.Output, new { asOf = date.ToString("yyyy-MM-dd", null), centres = items });
                return 0;
            }

            var regions = context.Get<IRegionDirectory>();
            var table = TableOutput.Table($"Training centres as of {date:yyyy-MM-dd}", "Code", "Name", "Zone", "Provinces", "Kab/kota", "Provenance");
            foreach (var item in items)
            {
                var provinces = string.Join(", ", item.Provinces.Select(p => $"{p} {regions.GetProvince(RegionCode.Parse(p), date).Name}"));
                table.AddRow(item.Code, item.Name, item.Zone, Markup.Escape(provinces), item.RegencyCount.ToString(System.Globalization.CultureInfo.InvariantCulture), item.Provenance);
            }

            TableOutput.Write(context.Output, table);
            context.Output.WriteLine("Provenance: 'assumed' means no source was found for that service area; a host can replace it (BimtekOptions.ServiceAreas).");
            return 0;
        });
        return command;
    }

    private static string Summarise(List<ServiceArea> areas)
    {
        var kinds = areas.Select(a => a.Provenance).Distinct().ToList();
        return kinds.Count switch
        {
            0 => "none",
            1 => JsonName(kinds[0]),
            _ => "mixed",
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
