using Bimtek.Domain.Calendar;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Tests.Scheduling;

public class AgendaItemTests
{
    [Fact]
    public void Teaching_WhenJpAreGiven_LastsFortyFiveMinutesEach()
    {
        var item = AgendaItem.Teaching("M1", new LocalTime(9, 0), LessonHours.FromJp(2), ["W1"]);

        item.End.Should().Be(new LocalTime(10, 30));
        item.Length.Should().Be(Duration.FromMinutes(90));
        item.Kind.Should().Be(AgendaItemKind.Teaching);
    }

    [Fact]
    public void Teaching_WhenItWouldEndExactlyAtMidnight_Throws()
    {
        // 22:30 + 2 JP is 24:00, which a LocalTime end would read as 00:00, before the start.
        var create = () => AgendaItem.Teaching("M1", new LocalTime(22, 30), LessonHours.FromJp(2), []);

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("length");
    }

    [Fact]
    public void Block_WhenItEndsAMinuteBeforeMidnight_EndsAfterItStarts()
    {
        var item = AgendaItem.Block(AgendaItemKind.Closing, new LocalTime(23, 0), Duration.FromMinutes(59));

        item.End.Should().Be(new LocalTime(23, 59)).And.BeGreaterThan(item.Start);
    }

    [Fact]
    public void Block_WhenKindIsTeaching_Throws()
    {
        var create = () => AgendaItem.Block(AgendaItemKind.Teaching, new LocalTime(9, 0), Duration.FromMinutes(30));

        create.Should().Throw<ArgumentException>().WithParameterName("kind");
    }
}
