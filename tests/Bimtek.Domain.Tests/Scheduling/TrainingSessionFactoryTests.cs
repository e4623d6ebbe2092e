using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Tests.Scheduling;

public class TrainingSessionFactoryTests
{
    private static readonly SessionDay Day = new(new LocalDate(2020, 6, 18), [AgendaItem.Block(AgendaItemKind.Opening, new LocalTime(8, 0), Duration.FromMinutes(45))]);

    [Fact]
    public void Virtual_WhenGivenASeatLimit_IsAVirtualSessionWithNoRoom()
    {
        var session = TrainingSession.Virtual("S1", "kabupaten-kota", CentreCode.Parse("BDI-YOG"), [Day], [RegionCode.Parse("34.71")], seatLimit: 300, platformRoom: "Zoom 1");

        session.Mode.Should().Be(SessionMode.Virtual);
        session.SeatLimit.Should().Be(300);
        session.PlatformRoom.Should().Be("Zoom 1");
        session.Room.Should().BeNull();
        session.Participants.Should().BeEmpty();
    }

    [Fact]
    public void InPerson_WhenGivenARoom_IsAnInPersonSessionWithNoPlatform()
    {
        var session = TrainingSession.InPerson("S2", "kabupaten-kota", CentreCode.Parse("BDI-YOG"), [Day], [RegionCode.Parse("34.71")], "BDI Yogyakarta", "Ruang 1", roomCapacity: 40);

        session.Mode.Should().Be(SessionMode.InPerson);
        session.Venue.Should().Be("BDI Yogyakarta");
        session.Room.Should().Be("Ruang 1");
        session.RoomCapacity.Should().Be(40);
        session.SeatLimit.Should().BeNull();
    }
}
