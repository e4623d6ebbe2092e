using System.CommandLine;
using Bimtek.Cli.Rendering;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;
using NodaTime;
using Spectre.Console;

namespace Bimtek.Cli.Commands;

/// <summary><c>bimtek regions [--as-of D] [--province CODE] [--json]</c>: provinces, or one province's kabupaten/kota.</summary>
internal static class RegionsCommand
{
    public static Command Create(CliContext context)
    {
        var asOf = CommonOptions.AsOf();
        var province = CommonOptions.Province();
        var json = CommonOptions.Json();
        var command = new Command("regions", "List the provinces as of a date, or with --province that province's kabupaten/kota.")
        {
            asOf, province, json,
        };
        command.SetAction(parsed =>
        {
            var date = parsed.GetValue(asOf) ?? context.Today();
            var items = parsed.GetValue(province) is { } code ? Regencies(context, code, date) : Provinces(context, date);
            if (parsed.GetValue(json))
            {
                JsonOutput.Write(context.Output, new { asOf = date.ToString("yyyy-MM-dd", null), regions = items });
            }
            else
            {
                var table = TableOutput.Table($"Regions as of {date:yyyy-MM-dd}: {items.Count}", "Code", "Name", "Kind", "Autonomous", "Zone", "Centre");
                foreach (var item in items)
                {
                    table.AddRow(item.Code, Markup.Escape(item.Name), item.Kind, item.Autonomous ? "yes" : "no", $"{item.Zone} ({item.TimeZone})", item.Centre);
                }

                TableOutput.Write(context.Output, table);
            }

            return 0;
        });
        return command;
    }

    private static List<RegionItem> Provinces(CliContext context, LocalDate date)
    {
        var centres = context.Get<ICentreDirectory>();
        return [.. context.Get<IRegionDirectory>().GetProvinces(date).Select(p => RegionItem.From(p, p.Code, true, "Provinsi", centres, date))];
    }

    private static List<RegionItem> Regencies(CliContext context, RegionCode province, LocalDate date)
    {
        var regions = context.Get<IRegionDirectory>();
        if (regions.FindProvince(province, date) is null)
        {
            throw new CliUsageException($"--province {province} names no province in force on {date:yyyy-MM-dd}.");
        }

        var centres = context.Get<ICentreDirectory>();
        return [.. regions.GetRegencies(province, date).Select(r => RegionItem.From(r, r.ProvinceCode, r.IsAutonomous, r.Kind.ToString(), centres, date))];
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
        public static RegionItem From(Bimtek.Domain.Regions.Region region, RegionCode province, bool autonomous, string kind, ICentreDirectory centres, LocalDate date) =>
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
