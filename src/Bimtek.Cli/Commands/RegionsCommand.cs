using System.CommandLine;
using Bimtek.Cli.Rendering;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Cli.Commands;

/// <summary><c>bimtek regions [--as-of D] [--province CODE] [--json] [--lang id|en]</c>: provinces, or one province's kabupaten/kota.</summary>
/// <remarks>Exit 2 for a date before the data holds (<see cref="IRegionDirectory.HoldsFrom"/>): the map was different then.</remarks>
internal static class RegionsCommand
{
    public static Command Create(CliContext context)
    {
        var asOf = CommonOptions.AsOf();
        var province = CommonOptions.Province();
        var json = CommonOptions.Json();
        var lang = CommonOptions.Language();
        var command = new Command("regions", "List the provinces as of a date, or with --province that province's kabupaten/kota.")
        {
            asOf, province, json, lang,
        };
        command.SetAction(parsed =>
        {
            var date = AsOfDate.Resolve(context, parsed.GetValue(asOf), parsed.GetValue(lang)!);
            var directory = context.Get<IRegionDirectory>();

            var regions = parsed.GetValue(province) is { } code ? Regencies(directory, code, date) : [.. directory.GetProvinces(date)];
            RegionsOutput.Write(context.Output, date, regions, context.Get<ICentreDirectory>(), parsed.GetValue(json), parsed.GetValue(lang)!);
            return 0;
        });
        return command;
    }

    private static List<Region> Regencies(IRegionDirectory regions, RegionCode province, LocalDate date)
    {
        if (regions.FindProvince(province, date) is null)
        {
            throw new CliUsageException($"--province {province} names no province in force on {date:yyyy-MM-dd}.");
        }

        return [.. regions.GetRegencies(province, date)];
    }
}
