using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using FluentValidation.Results;
using FluentValidation.TestHelper;
using NodaTime;
using static Bimtek.Domain.Scheduling.ScheduleRuleCodes;
using static Bimtek.Domain.Testing.ScheduleBuilder;
using static Bimtek.Domain.Testing.SessionBuilder;

namespace Bimtek.Domain.Tests.Scheduling;

/// <summary>The conflict rules at their edges: bookings that touch, stretches over a centre's platform rooms, a room
/// held all day, long session lists. Every session is on Monday 8 June 2020 at BDI Yogyakarta (WIB).</summary>
public class ConflictEdgeTests
{
    private static SessionBuilder Class(string id, params AgendaItem[] agenda) => new SessionBuilder().WithId(id).WithAgenda(agenda);

    private static SessionBuilder InRoom(string id, params AgendaItem[] agenda) => Class(id, agenda).InPerson("BDI Yogyakarta", "R1");

    private static TestValidationResult<Schedule> Validate(params SessionBuilder[] sessions) => Validator.TestValidate(new ScheduleBuilder().WithSessions(sessions).Build());

    private static IEnumerable<(string Path, object? Other)> Pairs(TestValidationResult<Schedule> result, string code) =>
        result.WithCode(code).Select(f => (f.PropertyName, f.Details()["OtherSession"]));

    [Fact]
    public void Validate_WhenAnItemNamesItsInstructorTwice_BooksThemOnce()
    {
        var session = new SessionBuilder().WithAgenda(
            Block(AgendaItemKind.Opening, 8, 0, 30),
            Block(AgendaItemKind.PreTest, 8, 30, 30),
            Teach("M1", 9, 0, 2, "W1", "W1"),
            Block(AgendaItemKind.Ishoma, 12, 0, 60),
            Teach("M2", 13, 0, 2, "W2"),
            Block(AgendaItemKind.PostTest, 14, 30, 30));

        Validator.TestValidate(new ScheduleBuilder().WithSessions(session).CoveringTheRest().Build()).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenAClassUsesTheRoomAfterTheOtherClassOpenedItsDay_ReportsRoomDoubleBooked()
    {
        // S1 holds R1 from its 08:00 opening to its 15:00 post-test, not only for its first item.
        var result = Validate(InRoom("S1", StandardAgenda(null, null)), InRoom("S2", Teach("M2", 13, 0, 2)));

        Pairs(result, RoomDoubleBooked).Should().Equal(("Sessions[1].Days[0]", "S1"));
    }

    [Fact]
    public void Validate_WhenAClassTakesTheRoomAsTheOtherLeavesIt_IsNoRoomDoubleBooking()
    {
        var result = Validate(InRoom("S1", StandardAgenda(null, null)), InRoom("S2", Teach("M2", 15, 0, 1)));

        result.WithCode(RoomDoubleBooked).Should().BeEmpty("S1 ends at 15:00 as S2 starts");
    }

    [Fact]
    public void Validate_WhenShortClassesFollowInARoomHeldAllDay_ReportsEachAgainstTheAllDayClass()
    {
        // S1 holds R1 08:00–15:00; S2 09:00–09:45, S3 14:15–15:00 and S4 14:45–14:55 all fall inside it.
        var result = Validate(
            InRoom("S1", StandardAgenda(null, null)),
            InRoom("S2", Teach("M1", 9, 0, 1)),
            InRoom("S3", Teach("M2", 14, 15, 1)),
            InRoom("S4", Block(AgendaItemKind.Closing, 14, 45, 10)));

        Pairs(result, RoomDoubleBooked).Should().BeEquivalentTo([("Sessions[1].Days[0]", (object?)"S1"), ("Sessions[2].Days[0]", "S1"), ("Sessions[3].Days[0]", "S1")]);
    }

    [Fact]
    public void Validate_WhenRoomBookingsOverlapInAChain_ReportsEachAgainstTheOneStillInTheRoom()
    {
        // S1 08:00–09:00, S2 08:30–12:00, S3 10:00–11:00: S3 clashes with S2, which outlasts S1.
        var result = Validate(
            InRoom("S1", Block(AgendaItemKind.Opening, 8, 0, 60)),
            InRoom("S2", Block(AgendaItemKind.PreTest, 8, 30, 210)),
            InRoom("S3", Teach("M1", 10, 0, 1)));

        Pairs(result, RoomDoubleBooked).Should().BeEquivalentTo([("Sessions[1].Days[0]", (object?)"S1"), ("Sessions[2].Days[0]", "S2")]);
    }

    [Fact]
    public void Validate_WhenVirtualClassesNameTheSameStudio_BookNoRoom()
    {
        // A venue and room on a virtual session (e.g. where the host broadcasts from) are not a room booking.
        static TrainingSession Broadcast(string id, string regions) => new(
            id, "p2", Reference.Centre("BDI-YOG"), SessionMode.Virtual, [Day(CalendarReference.Monday, StandardAgenda(null, null))], [Reference.Code(regions)],
            platformRoom: id + "-zoom", seatLimit: 500, venue: "BDI Yogyakarta", room: "Studio");

        var result = Validator.TestValidate(new ScheduleBuilder().WithSessions(Broadcast("S1", "34.71"), Broadcast("S2", "34.04")).WithPlatformRooms("BDI-YOG", 2).Build());

        result.WithCode(RoomDoubleBooked).Should().BeEmpty();
    }

    [Fact]
    public void Validate_WhenAVirtualClassStartsAsTheOtherEnds_NeedsNoSecondPlatformRoom()
    {
        var result = Validate(Class("S1", StandardAgenda(null, null)), Class("S2", Teach("M1", 15, 0, 1)));

        result.WithCode(PlatformRoomsExceeded).Should().BeEmpty();
    }

    [Fact]
    public void Validate_WhenAThirdVirtualClassJoinsTheStretch_ReportsOneFindingAtThePeak()
    {
        // One room; S1 08:00–15:00, S2 09:00–10:30, S3 10:00–11:30: three at once from 10:00.
        var result = Validate(Class("S1", StandardAgenda(null, null)), Class("S2", Teach("M1", 9, 0, 2)), Class("S3", Teach("M2", 10, 0, 2)));

        var failure = result.WithCode(PlatformRoomsExceeded).Should().ContainSingle().Subject;
        failure.PropertyName.Should().Be("Sessions[1].Days[0]", "S2 first took the centre over its rooms");
        failure.Details().Should().Contain("Parallel", 3).And.Contain("Start", "2020-06-08 10:00 WIB").And.Contain("Sessions", "S1, S2, S3");
    }

    [Fact]
    public void Validate_WhenTheStretchNeverGrowsPastItsFirstPeak_ReportsThatPeak()
    {
        // One room; S1 08:00–15:00 with S2 09:00–10:00, then with S3 10:30–11:30: two at once, first from 09:00.
        var result = Validate(Class("S1", StandardAgenda(null, null)), Class("S2", Block(AgendaItemKind.PreTest, 9, 0, 60)), Class("S3", Teach("M2", 10, 30, 1)));

        var failure = result.WithCode(PlatformRoomsExceeded).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Parallel", 2).And.Contain("Start", "2020-06-08 09:00 WIB").And.Contain("Sessions", "S1, S2");
    }

    [Fact]
    public void Validate_WhenACentreGoesOverItsRoomsTwiceADay_ReportsEachStretch()
    {
        // One room; S1 and S2 09:00–10:30, then S3 and S4 13:00–14:30: the room is free in between.
        var result = Validate(
            Class("S1", Teach("M1", 9, 0, 2)),
            Class("S2", Teach("M1", 9, 0, 2)),
            Class("S3", Teach("M2", 13, 0, 2)),
            Class("S4", Teach("M2", 13, 0, 2)));

        result.WithCode(PlatformRoomsExceeded).Select(f => (f.PropertyName, f.Details()["Sessions"]))
            .Should().Equal(("Sessions[1].Days[0]", "S1, S2"), ("Sessions[3].Days[0]", "S3, S4"));
    }

    [Fact]
    public void Validate_WhenAnInstructorIsBookedByTwentyClassesAtOnce_ListsThemAll()
    {
        var failure = InstructorInClasses(20);

        failure.Details().Should().Contain("Count", 20).And.Contain("Sessions", string.Join(", ", Ids(20)));
    }

    [Fact]
    public void Validate_WhenAnInstructorIsBookedByTwentyOneClassesAtOnce_ListsTwentyThenAnEllipsis()
    {
        var failure = InstructorInClasses(21);

        failure.Details().Should().Contain("Count", 21).And.Contain("Sessions", string.Join(", ", Ids(20)) + ", …");
    }

    [Fact]
    public void Validate_WhenAnotherInstructorTeachesBetweenTwoClashingBookings_StillReportsTheClash()
    {
        // W1 09:00–10:30 in S1 and 09:45–11:15 in S4; W2 and W3 teach in between.
        var result = Validate(
            Class("S1", Teach("M1", 9, 0, 2, "W1")),
            Class("S2", Teach("M1", 9, 0, 2, "W2")),
            Class("S3", Teach("M1", 9, 15, 1, "W3")),
            Class("S4", Teach("M1", 9, 45, 2, "W1")));

        result.WithCode(InstructorDoubleBooked).Select(f => f.Details()["Instructor"]).Should().Equal("W1");
    }

    [Fact]
    public void Validate_WhenACentresPlatformRoomsAreGivenTwice_TheLaterEntryCounts()
    {
        // E.g. a second licence bought mid-year, recorded after the first entry.
        var schedule = new ScheduleBuilder().WithSessions(Class("S1", StandardAgenda(null, null)), Class("S2", StandardAgenda(null, null)).WithRegions("33.01"))
            .WithPlatformRooms("BDI-YOG", 1).WithPlatformRooms("BDI-YOG", 2);

        Validator.TestValidate(schedule.Build()).WithCode(PlatformRoomsExceeded).Should().BeEmpty();
    }

    [Fact]
    public void Validate_WhenBookingsSpanFortyYears_StillFindsTheOneClash()
    {
        // A mistyped year puts bookings from 2020 to 2060; W1 clashes only on 7 June 2060, W2 never.
        static SessionBuilder Once(string id, LocalDate date, AgendaItem item) => new SessionBuilder().WithId(id).WithDays(Day(date, item));
        var (then, later) = (new LocalDate(2060, 6, 7), new LocalDate(2025, 6, 10));

        var result = Validate(
            Once("S1", then, Teach("M1", 9, 45, 2, "W1")),
            Once("S2", later, Teach("M1", 9, 0, 1, "W2")),
            Once("S3", CalendarReference.Monday, Teach("M1", 9, 0, 2, "W1")),
            Once("S4", then, Teach("M1", 9, 0, 2, "W1")),
            Once("S5", then, Teach("M1", 9, 30, 1, "W2")));

        var failure = result.WithCode(InstructorDoubleBooked).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Instructor", "W1").And.Contain("Count", 2).And.Contain("Sessions", "S4, S1");
    }

    private static IEnumerable<string> Ids(int count) => Enumerable.Range(1, count).Select(i => $"S{i:00}");

    // W1 teaches M1 in every class, each starting a minute after the one before: all overlap at 08:20.
    private static ValidationFailure InstructorInClasses(int count)
    {
        var classes = Ids(count).Select((id, i) => Class(id, Teach("M1", 8, i, 2, "W1"))).ToArray();
        return Validate(classes).WithCode(InstructorDoubleBooked).Should().ContainSingle().Subject;
    }
}
