using Bimtek.Cli.Text;
using Bimtek.Domain;
using Bimtek.Domain.Common;
using FluentValidation.Results;
using NodaTime;

namespace Bimtek.Cli.Rendering;

/// <summary>The package's rule messages in the language the user chose, asked for by culture (never by setting the thread's).</summary>
internal static class RuleMessages
{
    public static string Of(RuleViolation violation, CliText text) => violation.Format(text.Culture);

    /// <summary>The message with its instants on the clock the user wrote them in (<paramref name="offset"/>), when known.</summary>
    public static string Of(RuleViolation violation, CliText text, Offset? offset) => offset is not { } o
        ? violation.Format(text.Culture)
        : violation.Rule.Format(text.Culture, violation.Details.ToDictionary(d => d.Key, d => d.Value is Instant i ? WrittenOffset.Format(i, o) : d.Value));

    // Every failure of the package's validators carries its violation; a host's own rule would keep its own message.
    public static string Of(ValidationFailure failure, CliText text) =>
        failure.TryGetViolation(out var violation) ? violation.Format(text.Culture) : failure.ErrorMessage;
}
