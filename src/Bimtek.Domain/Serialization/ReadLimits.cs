namespace Bimtek.Domain.Serialization;

/// <summary>
/// How much outside data a reader takes before it refuses it: files from dozens of agencies are read, and none may make
/// a host run out of memory or time. Every limit is named in the refusal.
/// </summary>
/// <remarks>The defaults are <em>assumed</em>, set well above any real file: a year's meeting logs of every BDI are a
/// few megabytes, a programme or schedule document a few hundred kilobytes. Immutable.</remarks>
public sealed class ReadLimits
{
    /// <summary>The defaults: 32 MB for a JSON document, 256 MB for a CSV file, 1 MB for a CSV line, 4,096 characters
    /// for a JSON text value, and JSON nested 32 deep.</summary>
    public static readonly ReadLimits Default = new();

    /// <summary>Creates limits.</summary>
    /// <param name="maxJsonBytes">The largest JSON document, in bytes; positive.</param>
    /// <param name="maxCsvBytes">The largest CSV file (attendance logs, results), in bytes; positive.</param>
    /// <param name="maxCsvLineLength">The longest CSV line, in characters; positive.</param>
    /// <param name="maxTextLength">The longest text value in a JSON document, in characters; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public ReadLimits(long maxJsonBytes = 32L << 20, long maxCsvBytes = 256L << 20, int maxCsvLineLength = 1 << 20, int maxTextLength = 4_096)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxJsonBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCsvBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCsvLineLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTextLength, 1);
        MaxJsonBytes = maxJsonBytes;
        MaxCsvBytes = maxCsvBytes;
        MaxCsvLineLength = maxCsvLineLength;
        MaxTextLength = maxTextLength;
    }

    /// <summary>The deepest nesting of a JSON document (objects and arrays), fixed: the package's documents nest 6 deep.</summary>
    public const int MaxJsonDepth = 32;

    /// <summary>Gets the largest JSON document, in bytes (default 32 MB).</summary>
    public long MaxJsonBytes { get; }

    /// <summary>Gets the largest CSV file, in bytes (default 256 MB).</summary>
    public long MaxCsvBytes { get; }

    /// <summary>Gets the longest CSV line, in characters (default 1,048,576).</summary>
    public int MaxCsvLineLength { get; }

    /// <summary>Gets the longest text value in a JSON document, in characters (default 4,096).</summary>
    public int MaxTextLength { get; }
}
