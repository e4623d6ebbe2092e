using Bimtek.Cli.Text;
using Bimtek.Domain.Common;
using FluentValidation.Results;

namespace Bimtek.Cli.Rendering;

/// <summary>The package's rule messages in the language the user chose, asked for by culture (never by setting the thread's).</summary>
internal static class RuleMessages
{
    private static readonly Dictionary<string, RuleDescriptor> Rules = RuleCatalogue.All.ToDictionary(r => r.Code, StringComparer.Ordinal);

    public static string Of(RuleViolation violation, CliText text) => violation.Rule.Format(text.Culture, violation.Details);

    public static string Of(ValidationFailure failure, CliText text) =>
        Rules.TryGetValue(failure.ErrorCode, out var rule) && failure.CustomState is IReadOnlyDictionary<string, object?> details
            ? rule.Format(text.Culture, details)
            : failure.ErrorMessage;
}
