using System.Globalization;

namespace Bimtek.Domain.Tests;

/// <summary>Runs a piece of a test under another UI culture (the language messages are written in) and restores it.</summary>
internal static class UiCulture
{
    public static T Under<T>(CultureInfo culture, Func<T> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
