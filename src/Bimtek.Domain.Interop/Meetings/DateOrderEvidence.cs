namespace Bimtek.Domain.Interop.Meetings;

/// <summary>
/// What an export's dates have said so far about their day/month order. A first number above 12 is day-first, a second
/// above 12 month-first; AM/PM with no decisive date is a US locale (month-first); a file whose every date reads both
/// ways has no order.
/// </summary>
/// <remarks>
/// The first decisive date settles the order for good: a later date can only confirm it or contradict it, and a file
/// that contradicts itself is refused whatever was read before. So rows can be turned into instants as soon as
/// <see cref="Settled"/> has a value, and only the rows read before it wait for the end of the file.
/// </remarks>
internal sealed class DateOrderEvidence
{
    private bool _dayFirst;
    private bool _monthFirst;
    private bool _meridiem;
    private bool _needed;

    /// <summary>Gets the order the dates seen so far settle, or <see langword="null"/> while none is decisive.</summary>
    public DateOrder? Settled => _dayFirst == _monthFirst ? null : _dayFirst ? DateOrder.DayMonth : DateOrder.MonthDay;

    /// <summary>Gets whether some date seen reads both ways and is not decisive alone.</summary>
    public bool Contradicted => _dayFirst && _monthFirst;

    /// <summary>Notes what one date says.</summary>
    public void Observe(LocalStamp stamp)
    {
        _needed |= stamp.NeedsOrder;
        _meridiem |= stamp.Meridiem != 0 && stamp.NeedsOrder;
        _dayFirst |= stamp.Evidence == DateOrder.DayMonth;
        _monthFirst |= stamp.Evidence == DateOrder.MonthDay;
    }

    /// <summary>The file's order once every date is seen: <see cref="DateOrder.Detect"/> when no date needs one, or
    /// <see langword="null"/> when the dates contradict each other or every one of them reads both ways.</summary>
    public DateOrder? Final()
    {
        if (_dayFirst != _monthFirst)
        {
            return _dayFirst ? DateOrder.DayMonth : DateOrder.MonthDay;
        }

        if (!_needed)
        {
            return DateOrder.Detect;
        }

        // AM/PM with slashes and no decisive date is how a US-locale Zoom or Teams writes: month first.
        return !_dayFirst && _meridiem ? DateOrder.MonthDay : null;
    }
}
