namespace Bimtek.Domain.EntityFrameworkCore;

/// <summary>
/// A save was refused because someone else changed the same aggregate since it was loaded (optimistic concurrency):
/// nothing was written. Load it again, apply the change, save again.
/// </summary>
public sealed class BimtekConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BimtekConcurrencyException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message (names the aggregate by its id, never a person).</param>
    public BimtekConcurrencyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">EF's exception.</param>
    public BimtekConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
