namespace Bimtek.Domain.Serialization;

/// <summary>
/// A CSV document the package cannot read at all (a missing, unknown or repeated column): the message names the document,
/// the line and what was expected. A bad data row is not an exception: it is reported by line as a rule violation.
/// </summary>
public sealed class BimtekCsvException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The document's name (e.g. a file name), or <see langword="null"/>.</param>
    /// <param name="line">The line of the problem (1 for the header).</param>
    /// <param name="reason">What is wrong and what was expected; no personal data.</param>
    public BimtekCsvException(string? source, int line, string reason)
        : base($"{(source is null ? string.Empty : source + ": ")}line {line}: {Common.PersonalData.MaskIn(reason)}")
    {
        // Masked here, the one place every CSV document error passes: a column name may be a NIP.
        DocumentName = source;
        Line = line;
        Reason = Common.PersonalData.MaskIn(reason);
    }

    /// <summary>Gets the document's name (e.g. a file name), or <see langword="null"/>.</summary>
    public string? DocumentName { get; }

    /// <summary>Gets the line of the problem (1 for the header).</summary>
    public int Line { get; }

    /// <summary>Gets what is wrong and what was expected.</summary>
    public string Reason { get; }
}
