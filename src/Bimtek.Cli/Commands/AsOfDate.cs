using Bimtek.Cli.Text;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Cli.Commands;

/// <summary>
/// The date of <c>--as-of</c>: today in WIB when absent; refused (exit 2) before the region data holds
/// (<see cref="IRegionDirectory.HoldsFrom"/>), since the map was different then and an answer would be wrong.
/// </summary>
internal static class AsOfDate
{
    public static LocalDate Resolve(CliContext context, LocalDate? given, CliText text)
    {
        var date = given ?? context.Today();
        return context.Get<IRegionDirectory>().HoldsFrom is { } from && date < from
            ? throw new CliUsageException(text.RegionsBeforeData(date, from))
            : date;
    }
}
