using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Centres;

/// <summary>Checks a service-area mapping and indexes it by province (inheriting entries for split provinces).</summary>
internal static class ServiceAreaMap
{
    public static ServiceArea[][] Build(
        IRegionDirectory regions,
        IReadOnlyDictionary<CentreCode, TrainingCentre> centres,
        IEnumerable<ServiceArea> serviceAreas)
    {
        var provinces = regions.GetAllProvinces().ToDictionary(p => p.Code);
        var problems = new List<string>();
        var unserved = new SortedSet<RegionCode>();
        var doubly = new SortedSet<RegionCode>();

        var explicitAreas = new Dictionary<RegionCode, List<ServiceArea>>();
        foreach (var area in serviceAreas)
        {
            if (area is null)
            {
                throw new ArgumentException("The service-area list contains null.", nameof(serviceAreas));
            }

            if (!centres.ContainsKey(area.Centre))
            {
                problems.Add($"the entry for province {area.Province} names centre '{area.Centre}', which is not a known centre");
            }

            if (!provinces.ContainsKey(area.Province))
            {
                problems.Add($"centre {area.Centre} lists province code {area.Province}, which names no province");
                continue;
            }

            if (!explicitAreas.TryGetValue(area.Province, out var list))
            {
                explicitAreas[area.Province] = list = [];
            }

            list.Add(area);
        }

        var index = new ServiceArea[RegionCode.ValueSpace][];
        Array.Fill(index, []);
        foreach (var province in provinces.Values.OrderBy(p => p.Code))
        {
            var areas = explicitAreas.GetValueOrDefault(province.Code) ?? Inherit(province, explicitAreas);
            CheckCoverage(province, areas, problems, unserved, doubly);
            index[province.Code.Value] = [.. areas];
        }

        if (problems.Count > 0)
        {
            throw new ServiceAreaMappingException(problems, [.. unserved], [.. doubly]);
        }

        return index;
    }

    // A province split from a parent follows the parent's entries over its own lifetime (the 2022 Papua provinces).
    private static List<ServiceArea> Inherit(Province province, Dictionary<RegionCode, List<ServiceArea>> explicitAreas)
    {
        if (province.SplitFrom is not { } parent || !explicitAreas.TryGetValue(parent, out var parentAreas))
        {
            return [];
        }

        var (start, end) = Span(province.ValidFrom, province.ValidUntil);
        return
        [
            .. parentAreas
                .Where(a => Start(a.ValidFrom) < end && start < End(a.ValidUntil))
                .Select(a => new ServiceArea(
                    a.Centre,
                    province.Code,
                    a.Provenance,
                    a.Source,
                    Later(a.ValidFrom, province.ValidFrom),
                    Earlier(a.ValidUntil, province.ValidUntil),
                    inheritedFrom: parent)),
        ];
    }

    // Sweep the entries in start order over the province's lifetime: a gap is unserved, an overlap doubly served.
    private static void CheckCoverage(
        Province province,
        List<ServiceArea> areas,
        List<string> problems,
        SortedSet<RegionCode> unserved,
        SortedSet<RegionCode> doubly)
    {
        var (start, end) = Span(province.ValidFrom, province.ValidUntil);
        var cursor = start;
        ServiceArea? previous = null;
        foreach (var area in areas.OrderBy(a => Start(a.ValidFrom)))
        {
            var from = Start(area.ValidFrom);
            var until = End(area.ValidUntil);
            if (until <= start || from >= end)
            {
                continue;
            }

            if (from > cursor)
            {
                unserved.Add(province.Code);
                problems.Add($"province {province.Code} {province.Name} is served by no centre {Period(cursor, from)}");
            }
            else if (from < cursor && previous is not null)
            {
                doubly.Add(province.Code);
                problems.Add($"province {province.Code} {province.Name} is served by both {previous.Centre} and {area.Centre} "
                    + Period(LocalDate.Max(from, start), until < cursor ? until : cursor));
            }

            if (until > cursor)
            {
                cursor = until;
                previous = area;
            }
        }

        if (cursor < end)
        {
            unserved.Add(province.Code);
            problems.Add($"province {province.Code} {province.Name} is served by no centre {Period(cursor, end)}");
        }
    }

    private static (LocalDate Start, LocalDate End) Span(LocalDate? from, LocalDate? until) => (Start(from), End(until));

    private static LocalDate Start(LocalDate? from) => from ?? LocalDate.MinIsoValue;

    private static LocalDate End(LocalDate? until) => until ?? LocalDate.MaxIsoValue;

    private static LocalDate? Later(LocalDate? a, LocalDate? b) => a is null ? b : b is null ? a : LocalDate.Max(a.Value, b.Value);

    private static LocalDate? Earlier(LocalDate? a, LocalDate? b) => a is null ? b : b is null ? a : LocalDate.Min(a.Value, b.Value);

    private static string Period(LocalDate from, LocalDate until) =>
        (from == LocalDate.MinIsoValue, until == LocalDate.MaxIsoValue) switch
        {
            (true, true) => "on any date",
            (true, false) => $"before {until:yyyy-MM-dd}",
            (false, true) => $"from {from:yyyy-MM-dd}",
            _ => $"from {from:yyyy-MM-dd} until {until:yyyy-MM-dd}",
        };
}
