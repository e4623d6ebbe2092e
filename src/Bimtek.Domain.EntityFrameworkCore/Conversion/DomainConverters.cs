using Bimtek.Domain.Assessments;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Bimtek.Domain.EntityFrameworkCore.Conversion;

/// <summary>
/// Value converters for the core's value types, the same on every provider: codes as their canonical text (so a
/// column reads like the documents do), quantities as numbers (so the database can sum them).
/// </summary>
/// <remarks>A stored value is parsed back with the type's own <c>Parse</c>/<c>Create</c>: a row edited by hand into an
/// invalid value fails loudly on load instead of entering the domain.</remarks>
internal static class DomainConverters
{
    public static readonly ValueConverter<Nip, string> Nip = new(v => v.ToUnmaskedString(), v => Common.Nip.Parse(v));

    public static readonly ValueConverter<RegionCode, string> RegionCode = new(v => v.ToString(), v => Regions.RegionCode.Parse(v));

    public static readonly ValueConverter<CentreCode, string> CentreCode = new(v => v.Value, v => Centres.CentreCode.Parse(v));

    public static readonly ValueConverter<LessonHours, int> LessonHours = new(v => v.Value, v => Calendar.LessonHours.FromJp(v));

    public static readonly ValueConverter<Score, decimal> Score = new(v => v.Value, v => Common.Score.Create(v));

    public static readonly ValueConverter<Percentage, decimal> Percentage = new(v => v.Value, v => Common.Percentage.Create(v));

    public static readonly ValueConverter<ProficiencyLevel, int> ProficiencyLevel = new(v => v.Value, v => Assessments.ProficiencyLevel.Create(v));

    /// <summary>An enum as its name: readable in the database and stable when members are reordered.</summary>
    public static ValueConverter<TEnum, string> EnumName<TEnum>()
        where TEnum : struct, Enum => new(v => v.ToString(), v => Enum.Parse<TEnum>(v, false));

}
