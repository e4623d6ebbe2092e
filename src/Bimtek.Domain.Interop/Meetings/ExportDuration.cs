using NodaTime;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>Durations as exports write them: <c>1h 2m 10s</c>, <c>55m</c>, <c>30s</c> (Teams), <c>1 hr 5 min</c> (Meet),
/// <c>01:02:10</c>, or whole minutes (Zoom's <c>Duration (Minutes)</c>).</summary>
internal static class ExportDuration
{
    public static bool TryParse(ReadOnlySpan<char> text, out Duration duration)
    {
        duration = Duration.Zero;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return false;
        }

        if (text.Contains(':'))
        {
            return TryClock(text, out duration);
        }

        long seconds = 0;
        var i = 0;
        var any = false;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && i - start < 7)
            {
                i++;
            }

            if (i == start || !int.TryParse(text[start..i], out var value))
            {
                return false;
            }

            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            var unitStart = i;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }

            var unit = text[unitStart..i];
            long factor = unit switch
            {
                "h" or "hr" or "hrs" or "hour" or "hours" or "j" or "jam" => 3600,
                "m" or "min" or "mins" or "minute" or "minutes" or "mnt" or "menit" => 60,
                "s" or "sec" or "secs" or "second" or "seconds" or "dtk" or "detik" => 1,
                "" when !any && i == text.Length => 60,
                _ => -1,
            };
            if (factor < 0)
            {
                return false;
            }

            seconds += value * factor;
            any = true;
        }

        duration = Duration.FromSeconds(seconds);
        return any;
    }

    // "01:02:10" is h:mm:ss; "47:03" is m:ss (Teams and Meet write no hours below an hour).
    private static bool TryClock(ReadOnlySpan<char> text, out Duration duration)
    {
        duration = Duration.Zero;
        long total = 0;
        var parts = 0;
        while (true)
        {
            var colon = text.IndexOf(':');
            var part = colon < 0 ? text : text[..colon];
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value > 100000)
            {
                return false;
            }

            total = (total * 60) + value;
            parts++;
            if (colon < 0)
            {
                break;
            }

            text = text[(colon + 1)..];
        }

        if (parts is < 2 or > 3)
        {
            return false;
        }

        duration = Duration.FromSeconds(total);
        return true;
    }
}
