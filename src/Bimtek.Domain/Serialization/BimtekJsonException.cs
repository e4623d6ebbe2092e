namespace Bimtek.Domain.Serialization;

/// <summary>
/// A JSON document the package cannot read: the message names the document, the JSON path and what was expected.
/// </summary>
/// <remarks>Thrown instead of any half-built object; the document is never partly applied.</remarks>
public sealed class BimtekJsonException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The document's name (e.g. a file name), or <see langword="null"/>.</param>
    /// <param name="path">The JSON path of the bad value, e.g. <c>$.phases[1].start</c>.</param>
    /// <param name="reason">What is wrong and what was expected.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public BimtekJsonException(string? source, string path, string reason, Exception? inner = null)
        : base($"{(source is null ? string.Empty : source + ": ")}{Common.PersonalData.MaskIn(path)}: {Common.PersonalData.MaskIn(reason)}", inner)
    {
        // Masked here, the one place every document error passes: a property name or value may be a NIP.
        DocumentName = source;
        JsonPath = Common.PersonalData.MaskIn(path);
        Reason = Common.PersonalData.MaskIn(reason);
    }

    /// <summary>Gets the document's name (e.g. a file name), or <see langword="null"/>.</summary>
    public string? DocumentName { get; }

    /// <summary>Gets the JSON path of the bad value (<c>$</c> for the whole document).</summary>
    public string JsonPath { get; }

    /// <summary>Gets what is wrong and what was expected.</summary>
    public string Reason { get; }
}
