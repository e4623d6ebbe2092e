using Bimtek.Cli.Text;
using Bimtek.Domain;
using Bimtek.Domain.Common;
using FluentValidation.Results;

namespace Bimtek.Cli.Rendering;

/// <summary>The package's rule messages in the language the user chose, asked for by culture (never by setting the thread's).</summary>
internal static class RuleMessages
{
    public static string Of(RuleViolation violation, CliText text) => violation.Format(text.Culture);

    // Every failure of the package's validators carries its violation; a host's own rule would keep its own message.
    public static string Of(ValidationFailure failure, CliText text) =>
        failure.TryGetViolation(out var violation) ? violation.Format(text.Culture) : failure.ErrorMessage;
}
