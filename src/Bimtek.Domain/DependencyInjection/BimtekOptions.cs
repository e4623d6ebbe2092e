using Bimtek.Domain.Assessments;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain;

/// <summary>Settings a host may change when it calls <see cref="BimtekDomainServiceCollectionExtensions.AddBimtekDomain(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{BimtekOptions}?)"/>.</summary>
/// <remarks>Every setting left <see langword="null"/> uses the embedded reference data. The settings are checked when
/// <c>AddBimtekDomain</c> runs, so a bad mapping fails at start, not at first use.</remarks>
public sealed class BimtekOptions
{
    /// <summary>
    /// Gets or sets the training centres, replacing the seven embedded BDI (e.g. to add a new centre).
    /// <see langword="null"/> keeps <see cref="CentreDirectory.EmbeddedCentres"/>.
    /// </summary>
    public IReadOnlyList<TrainingCentre>? Centres { get; set; }

    /// <summary>
    /// Gets or sets the whole service-area mapping (which centre serves which province, over which period), replacing
    /// the embedded one. <see langword="null"/> keeps <see cref="CentreDirectory.EmbeddedServiceAreas"/>, whose entries
    /// for BDI Jakarta, Denpasar and Makassar are assumed. A mapping that leaves a province unserved or doubly served
    /// on some date throws <see cref="ServiceAreaMappingException"/>.
    /// </summary>
    public IReadOnlyList<ServiceArea>? ServiceAreas { get; set; }

    /// <summary>
    /// Gets or sets extra dates the working calendar closes, nationwide or in some provinces (regional holidays, office
    /// closures). <see langword="null"/> or empty adds none. A closure naming an unknown province throws
    /// <see cref="CalendarConfigurationException"/> (<see cref="CalendarRuleCodes.UnknownClosureProvince"/>).
    /// </summary>
    public IReadOnlyList<CalendarClosure>? CalendarClosures { get; set; }

    /// <summary>
    /// Gets or sets the working-hours rules, replacing the embedded ones (Keppres 68/1995, then Perpres 21/2023 with an
    /// assumed timetable), e.g. for an agency's own timetable, a six-day week or Ramadan hours, which the package does
    /// not model. <see langword="null"/> keeps <see cref="WorkingCalendar.EmbeddedHoursRules"/>. Rules that overlap
    /// on a weekday, or leave a date of a covered year without a rule, throw <see cref="CalendarConfigurationException"/>.
    /// </summary>
    public IReadOnlyList<WorkingHoursRule>? WorkingHoursRules { get; set; }

    /// <summary>
    /// Gets or sets the holiday lists, replacing the embedded 2020–2026 lists (e.g. to add a year once its SKB 3 Menteri
    /// is published: start from <see cref="WorkingCalendar.EmbeddedHolidays"/>). A year is covered when it has an
    /// entry, and its entries are taken as its final list. <see langword="null"/> keeps the embedded lists.
    /// </summary>
    public IReadOnlyList<Holiday>? Holidays { get; set; }

    /// <summary>
    /// Gets or sets the length of one lesson hour (JP): a positive whole number of minutes shorter than a day.
    /// Defaults to <see cref="LessonHours.StandardLength"/>, 45 minutes (Peraturan LAN 10/2018).
    /// </summary>
    public Duration LessonHourLength { get; set; } = LessonHours.StandardLength;

    /// <summary>
    /// Gets or sets the limits the schedule rules check: JP a day for a class and an instructor, and a centre's platform
    /// rooms when a schedule does not say. Defaults to <see cref="ScheduleLimits.Default"/> (assumed values).
    /// </summary>
    public ScheduleLimits ScheduleLimits { get; set; } = ScheduleLimits.Default;

    /// <summary>
    /// Gets or sets the grading scale (bands and pass mark) that <see cref="IGradingPolicy"/> applies. Defaults to
    /// <see cref="GradingPolicy.Default"/>, the LAN-style five bands (assumed: the LAN tables were not read).
    /// </summary>
    public GradingPolicy GradingPolicy { get; set; } = GradingPolicy.Default;

    /// <summary>
    /// Gets or sets the position standards (required level per position kind and competency) that
    /// <see cref="IPositionStandards"/> answers from, replacing the default table. <see langword="null"/> keeps
    /// <see cref="PositionStandardTable.Default"/> (JPT Pratama 4, Administrator 3, Pengawas 2, Pelaksana 1; assumed).
    /// A repeated or invalid standard throws <see cref="ArgumentException"/> when <c>AddBimtekDomain</c> runs.
    /// </summary>
    public IReadOnlyList<PositionStandard>? PositionStandards { get; set; }

    /// <summary>
    /// Gets or sets how reaction surveys (Kirkpatrick level 1) are scored. Defaults to
    /// <see cref="ReactionSurveyPolicy.Default"/> (a 1–4 scale with the satisfaction-survey intervals; assumed).
    /// </summary>
    public ReactionSurveyPolicy ReactionSurvey { get; set; } = ReactionSurveyPolicy.Default;

    /// <summary>
    /// Gets or sets how meeting-log presence becomes attendance of an agenda item. Defaults to
    /// <see cref="Attendance.AttendancePolicy.Default"/> (80 % of each item, assumed).
    /// </summary>
    public Attendance.AttendancePolicy AttendancePolicy { get; set; } = Attendance.AttendancePolicy.Default;
}
