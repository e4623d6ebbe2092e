using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Serialization.Documents;

/// <summary>The JSON form of a <see cref="Schedule"/>; the programme is named by its code.</summary>
internal sealed class ScheduleDocument
{
    public required string Programme { get; init; }

    public required List<SessionDocument> Sessions { get; init; }

    public List<InstructorDocument>? Instructors { get; init; }

    public List<ReassignmentDocument>? Reassignments { get; init; }

    public List<PlatformCapacityDocument>? PlatformCapacity { get; init; }

    /// <summary>What the file's author assumed where no source spoke (documentation that travels with the data, as a
    /// programme's <c>assumptions</c>); read and checked for shape, not carried into the <see cref="Schedule"/>.</summary>
    public List<string>? Assumptions { get; init; }

    public static ScheduleDocument From(Schedule s) => new()
    {
        Programme = s.Programme.Code,
        Sessions = [.. s.Sessions.Select(SessionDocument.From)],
        Instructors = s.Instructors.Count == 0 ? null : [.. s.Instructors.Select(i => new InstructorDocument
        {
            Id = i.Id,
            Name = i.Name,
            Modules = i.Modules.Count == 0 ? null : [.. i.Modules],
            Availability = i.Availability.Count == 0 ? null : [.. i.Availability.Select(a => new IntervalDocument { Start = a.Start, End = a.End })],
        })],
        Reassignments = s.Reassignments.Count == 0 ? null : [.. s.Reassignments.Select(r => new ReassignmentDocument { Region = r.Region, Centre = r.Centre, Reason = r.Reason })],
        PlatformCapacity = s.PlatformCapacity.Count == 0 ? null : [.. s.PlatformCapacity.Select(c => new PlatformCapacityDocument { Centre = c.Centre, Rooms = c.Rooms })],
    };

    public Schedule ToSchedule(DocumentPath at, Func<string, Programme?> findProgramme, Duration lessonLength)
    {
        var code = at.Required(Programme, "programme");
        var programme = Resolve(at.Property("programme"), code, findProgramme)
            ?? throw at.Property("programme").Error($"no programme with code '{code}' is available (give its file)");
        var instructors = Instructors?.Select((d, i) => at.Property("instructors").Index(i).Required(d).ToInstructor(at.Property("instructors").Index(i))).ToList();
        if (instructors?.GroupBy(i => i.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw at.Property("instructors").Error($"instructor '{twice.Key}' is listed twice; list each instructor once");
        }

        _ = at.Strings(Assumptions, "assumptions");

        return new Schedule(
            programme,
            [.. at.Required(Sessions, "sessions").Select((s, i) => at.Property("sessions").Index(i).Required(s).ToSession(at.Property("sessions").Index(i), lessonLength))],
            instructors,
            Reassignments?.Select((r, i) => at.Property("reassignments").Index(i).Required(r))
                .Select((r, i) => new RegionReassignment(r.Region, r.Centre, at.Property("reassignments").Index(i).Required(r.Reason, "reason"))),
            PlatformCapacity?.Select((c, i) => at.Property("platformCapacity").Index(i).Required(c))
                .Select((c, i) => c.Rooms >= 1
                ? new Scheduling.PlatformCapacity(c.Centre, c.Rooms)
                : throw at.Property("platformCapacity").Index(i).Property("rooms").Error($"a centre has at least 1 platform room; got {c.Rooms}")).ToList());
    }

    // The resolver is the host's: whatever it throws (an embedded lookup's KeyNotFoundException, an I/O error) becomes a
    // document error naming $.programme, so a caller handles one kind of exception.
    private static Programme? Resolve(DocumentPath at, string code, Func<string, Programme?> findProgramme)
    {
        try
        {
            return findProgramme(code);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not BimtekJsonException)
        {
            throw at.Error($"the programme resolver failed for code '{code}' ({ex.GetType().Name}: {PersonalData.MaskIn(ex.Message)})", ex);
        }
    }
}

/// <summary>The JSON form of a <see cref="TrainingSession"/>.</summary>
internal sealed class SessionDocument
{
    public required string Id { get; init; }

    public required string Phase { get; init; }

    public required CentreCode Centre { get; init; }

    public required SessionMode Mode { get; init; }

    public string? PlatformRoom { get; init; }

    public int? SeatLimit { get; init; }

    public string? Venue { get; init; }

    public string? Room { get; init; }

    public int? RoomCapacity { get; init; }

    public required List<RegionCode> Regions { get; init; }

    /// <summary>The participants' NIPs as written in the file (unmasked: the file is the host's data).</summary>
    public List<string>? Participants { get; init; }

    public required List<DayDocument> Days { get; init; }

    /// <summary>Where each fact of the session comes from, by name (<c>dates</c>, <c>openedBy</c>, <c>platform</c>, …);
    /// documentation that travels with the data, checked for shape, not carried into the session.</summary>
    public Dictionary<string, FactNoteDocument>? Provenance { get; init; }

    public static SessionDocument From(TrainingSession s) => new()
    {
        Id = s.Id,
        Phase = s.PhaseId,
        Centre = s.Centre,
        Mode = s.Mode,
        PlatformRoom = s.PlatformRoom,
        SeatLimit = s.SeatLimit,
        Venue = s.Venue,
        Room = s.Room,
        RoomCapacity = s.RoomCapacity,
        Regions = [.. s.Regions],
        Participants = s.Participants.Count == 0 ? null : [.. s.Participants.Select(p => p.ToUnmaskedString())],
        Days = [.. s.Days.Select(d => new DayDocument { Date = d.Date, Items = [.. d.Items.Select(ItemDocument.From)] })],
    };

    public TrainingSession ToSession(DocumentPath at, Duration lessonLength)
    {
        foreach (var (fact, note) in Provenance ?? [])
        {
            if (note?.Status is not ("sourced" or "assumed"))
            {
                throw at.Property("provenance").Property(fact).Property("status").Error("expected sourced or assumed");
            }
        }

        try
        {
            return Create(at, lessonLength);
        }
        catch (ArgumentException ex)
        {
            throw at.Error(ex.Message);
        }
    }

    // Each participant is a NIP; a bad one is named by its JSON path and the reason, never by its digits.
    private List<Nip> Nips(DocumentPath at)
    {
        var nips = new List<Nip>(Participants?.Count ?? 0);
        for (var i = 0; i < (Participants?.Count ?? 0); i++)
        {
            var text = Participants![i] ?? throw at.Index(i).Error("must not be null");
            nips.Add(Nip.TryParse(text, out var nip, out var reason) ? nip : throw at.Index(i).Error($"a {text.Length}-character value is not a NIP: {reason?.English}"));
        }

        return nips;
    }

    private TrainingSession Create(DocumentPath at, Duration lessonLength) => new(
        at.Required(Id, "id"),
        at.Required(Phase, "phase"),
        Centre,
        Mode,
        [.. at.Required(Days, "days").Select((d, i) => at.Property("days").Index(i).Required(d).ToDay(at.Property("days").Index(i), lessonLength))],
        at.Required(Regions, "regions"),
        Nips(at.Property("participants")),
        PlatformRoom,
        SeatLimit,
        Venue,
        Room,
        RoomCapacity);
}

/// <summary>The JSON form of a <see cref="SessionDay"/>.</summary>
internal sealed class DayDocument
{
    public required LocalDate Date { get; init; }

    public required List<ItemDocument> Items { get; init; }

    public SessionDay ToDay(DocumentPath at, Duration lessonLength) =>
        new(Date, [.. at.Required(Items, "items").Select((item, i) => at.Property("items").Index(i).Required(item).ToItem(at.Property("items").Index(i), lessonLength))]);
}

/// <summary>The JSON form of an <see cref="AgendaItem"/>: teaching items carry <c>module</c> and <c>jp</c>, blocks <c>minutes</c>.</summary>
internal sealed class ItemDocument
{
    public required AgendaItemKind Kind { get; init; }

    public required LocalTime Start { get; init; }

    public string? Module { get; init; }

    public int? Jp { get; init; }

    public int? Minutes { get; init; }

    public List<string>? Instructors { get; init; }

    public static ItemDocument From(AgendaItem item) => new()
    {
        Kind = item.Kind,
        Start = item.Start,
        Module = item.ModuleCode,
        Jp = item.Kind == AgendaItemKind.Teaching ? item.Jp.Value : null,
        Minutes = item.Kind == AgendaItemKind.Teaching ? null : (int)item.Length.TotalMinutes,
        Instructors = item.Instructors.Count == 0 ? null : [.. item.Instructors],
    };

    // As the document spells it ("opening"), not as C# does ("Opening").
    private string KindName => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(Kind.ToString());

    public AgendaItem ToItem(DocumentPath at, Duration lessonLength)
    {
        var instructors = at.Strings(Instructors, "instructors");
        try
        {
            if (Kind == AgendaItemKind.Teaching)
            {
                var module = Module ?? throw at.Property("module").Error("a teaching item names its module");
                var jp = Jp is { } n && n >= 1 ? n : throw at.Property("jp").Error($"a teaching item lasts at least 1 JP; got {Jp?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}");
                return Minutes is null
                    ? AgendaItem.Teaching(module, Start, LessonHours.FromJp(jp), instructors, lessonLength)
                    : throw at.Property("minutes").Error("a teaching item lasts its JP; give jp, not minutes");
            }

            var minutes = Minutes is { } m && m >= 1 ? m : throw at.Property("minutes").Error($"a block of kind '{KindName}' lasts at least 1 minute; got {Minutes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}");
            return Module is null && Jp is null
                ? AgendaItem.Block(Kind, Start, Duration.FromMinutes(minutes), instructors)
                : throw at.Error($"a block of kind '{KindName}' has no module or jp");
        }
        catch (ArgumentException ex)
        {
            throw at.Error(ex.Message);
        }
    }
}

/// <summary>One fact of a session and where it comes from: <c>{ "value": …, "status": "sourced", "source": "https://…" }</c>.</summary>
internal sealed class FactNoteDocument
{
    public string? Value { get; init; }

    public required string Status { get; init; }

    public string? Source { get; init; }
}

/// <summary>The JSON form of an <see cref="Instructor"/>.</summary>
internal sealed class InstructorDocument
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public List<string>? Modules { get; init; }

    public List<IntervalDocument>? Availability { get; init; }

    public Instructor ToInstructor(DocumentPath at)
    {
        var availability = Availability?.Select((a, i) => a.Start < a.End ? new Interval(a.Start, a.End) : throw at.Property("availability").Index(i).Error("an availability interval must end after it starts")).ToList();
        try
        {
            return new(at.Required(Id, "id"), at.Required(Name, "name"), at.Strings(Modules, "modules"), availability);
        }
        catch (ArgumentException ex)
        {
            throw at.Error(ex.Message);
        }
    }
}

/// <summary>A half-open interval of instants in JSON: <c>{ "start": "…Z", "end": "…Z" }</c>.</summary>
internal sealed class IntervalDocument
{
    public required Instant Start { get; init; }

    public required Instant End { get; init; }
}

/// <summary>The JSON form of a <see cref="RegionReassignment"/>.</summary>
internal sealed class ReassignmentDocument
{
    public required RegionCode Region { get; init; }

    public required CentreCode Centre { get; init; }

    public required string Reason { get; init; }
}

/// <summary>The JSON form of a <see cref="Scheduling.PlatformCapacity"/>.</summary>
internal sealed class PlatformCapacityDocument
{
    public required CentreCode Centre { get; init; }

    public required int Rooms { get; init; }
}
