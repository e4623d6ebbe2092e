using NodaTime;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>
/// A local date-time as an export writes it, split into numbers before the day/month order is known: <c>11/19/2021
/// 9:54:15 AM</c>, <c>15/11/22, 09:30:17</c>, <c>2021-11-19 09:54:15</c>, <c>Nov 19, 2021 9:54 AM</c>, <c>19 Nov 2021
/// 09.54</c>, or a time of day alone (<c>10:02 AM</c>, Google Meet).
/// </summary>
internal readonly struct LocalStamp
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    // Indonesian abbreviations where they differ from the English ones (Mei, Agu/Agt, Okt, Des).
    private static readonly (string Name, int Month)[] IndonesianMonths = [("mei", 5), ("agu", 8), ("agt", 8), ("okt", 10), ("des", 12)];

    private LocalStamp(int first, int second, int year, bool fixedOrder, bool hasDate, int hour, int minute, int secondOfMinute, int meridiem)
    {
        First = first;
        Second = second;
        Year = year;
        FixedOrder = fixedOrder;
        HasDate = hasDate;
        Hour = hour;
        Minute = minute;
        SecondOfMinute = secondOfMinute;
        Meridiem = meridiem;
    }

    /// <summary>The first two date numbers; with <see cref="FixedOrder"/> they are month then day.</summary>
    public int First { get; }

    public int Second { get; }

    public int Year { get; }

    /// <summary>Whether the order is known from the text itself (ISO year-first, or a month name).</summary>
    public bool FixedOrder { get; }

    public bool HasDate { get; }

    public int Hour { get; }

    public int Minute { get; }

    public int SecondOfMinute { get; }

    /// <summary>0 none, 1 AM, 2 PM.</summary>
    public int Meridiem { get; }

    /// <summary>What this value says of the day/month order: day-first, month-first, or nothing.</summary>
    public DateOrder Evidence =>
        !HasDate || FixedOrder ? DateOrder.Detect
        : First > 12 && Second <= 12 ? DateOrder.DayMonth
        : Second > 12 && First <= 12 ? DateOrder.MonthDay
        : DateOrder.Detect;

    public bool NeedsOrder => HasDate && !FixedOrder && First != Second;

    public static bool TryParse(ReadOnlySpan<char> text, out LocalStamp stamp)
    {
        stamp = default;
        Span<int> numbers = stackalloc int[8];
        Span<int> digits = stackalloc int[8];
        Span<char> before = stackalloc char[8];
        Span<char> word = stackalloc char[3];
        var count = 0;
        var month = 0;
        var monthAt = -1;
        var meridiem = 0;
        var i = 0;
        var separator = ' ';
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                var value = 0;
                var start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    if (i - start >= 4)
                    {
                        return false;
                    }

                    value = (value * 10) + (text[i] - '0');
                    i++;
                }

                if (count == numbers.Length)
                {
                    return false;
                }

                numbers[count] = value;
                digits[count] = i - start;
                before[count] = separator;
                count++;
                separator = ' ';
            }
            else if (char.IsAsciiLetter(c))
            {
                // The word's letters without its dots, lower-cased: only its length and first three letters matter
                // (am, pm, t, or a month's name or abbreviation), so a million rows allocate no word.
                var letters = 0;
                while (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '.'))
                {
                    if (text[i] != '.')
                    {
                        if (letters < word.Length)
                        {
                            word[letters] = char.ToLowerInvariant(text[i]);
                        }

                        letters++;
                    }

                    i++;
                }

                if (letters == 2 && word[..2] is "am")
                {
                    meridiem = 1;
                }
                else if (letters == 2 && word[..2] is "pm")
                {
                    meridiem = 2;
                }
                else if (letters == 1 && word[0] == 't' && count == 3)
                {
                    // ISO 8601's date/time separator.
                }
                else if (month == 0 && letters >= 3 && MonthOf(word) is var m and > 0)
                {
                    month = m;
                    monthAt = count;
                }
                else
                {
                    return false;
                }
            }
            else
            {
                if (c is not (' ' or ',' or '/' or '-' or ':' or '.' or '\u00A0'))
                {
                    return false;
                }

                if (c != ' ' && c != '\u00A0')
                {
                    separator = c;
                }

                i++;
            }
        }

        // A time of day alone: the first number is followed by ':' (or '.') and there are at most three numbers.
        if (month == 0 && count is 2 or 3 && (count < 2 || before[1] is ':' or '.') && !(count == 3 && before[1] == '.' && before[2] == '.' && digits[2] == 4))
        {
            return Time(numbers[..count], meridiem, hasDate: false, 0, 0, 0, fixedOrder: false, out stamp);
        }

        int first, second, year, timeAt;
        var fixedOrder = true;
        if (month > 0)
        {
            // "Nov 19, 2021 9:54" (month before the day) or "19 Nov 2021 09:54".
            if (count < 2)
            {
                return false;
            }

            first = month;
            second = numbers[0];
            year = numbers[1];
            timeAt = 2;
            if (monthAt != 0 && digits[1] != 4 && digits[0] == 4)
            {
                return false;
            }
        }
        else if (count >= 3 && digits[0] == 4)
        {
            first = numbers[1];
            second = numbers[2];
            year = numbers[0];
            timeAt = 3;
        }
        else if (count >= 3 && digits[2] is 2 or 4)
        {
            first = numbers[0];
            second = numbers[1];
            year = digits[2] == 2 ? 2000 + numbers[2] : numbers[2];
            timeAt = 3;
            fixedOrder = false;
        }
        else
        {
            return false;
        }

        return Time(numbers[timeAt..count], meridiem, hasDate: true, first, second, year, fixedOrder, out stamp);
    }

    /// <summary>The local date-time under <paramref name="order"/>, or <see langword="null"/> when no such date exists.</summary>
    public LocalDateTime? ToLocal(DateOrder order, LocalDate? date)
    {
        int y, m, d;
        if (!HasDate)
        {
            if (date is not { } day)
            {
                return null;
            }

            (y, m, d) = (day.Year, day.Month, day.Day);
        }
        else
        {
            y = Year;
            (m, d) = FixedOrder || order != DateOrder.DayMonth ? (First, Second) : (Second, First);
        }

        if (y < 1900 || y > 9999 || m is < 1 or > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, m))
        {
            return null;
        }

        return new LocalDateTime(y, m, d, Hour, Minute, SecondOfMinute);
    }

    private static bool Time(ReadOnlySpan<int> time, int meridiem, bool hasDate, int first, int second, int year, bool fixedOrder, out LocalStamp stamp)
    {
        stamp = default;
        if (time.Length is < 2 or > 3)
        {
            return false;
        }

        var hour = time[0];
        if (meridiem != 0)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (meridiem == 2 ? 12 : 0);
        }

        var secondOfMinute = time.Length == 3 ? time[2] : 0;
        if (hour > 23 || time[1] > 59 || secondOfMinute > 59)
        {
            return false;
        }

        stamp = new LocalStamp(first, second, year, fixedOrder, hasDate, hour, time[1], secondOfMinute, meridiem);
        return true;
    }

    private static int MonthOf(ReadOnlySpan<char> prefix)
    {
        for (var m = 0; m < Months.Length; m++)
        {
            if (prefix.SequenceEqual(Months[m]))
            {
                return m + 1;
            }
        }

        foreach (var (name, month) in IndonesianMonths)
        {
            if (prefix.SequenceEqual(name))
            {
                return month;
            }
        }

        return 0;
    }
}
