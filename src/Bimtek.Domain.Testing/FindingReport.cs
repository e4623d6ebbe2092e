using System.Text;

namespace Bimtek.Domain.Testing;

// Writes findings the way a failing assertion shows them: one numbered line each, then its details, indented.
internal static class FindingReport
{
    public static string List(IReadOnlyList<RuleFinding> findings)
    {
        if (findings.Count == 0)
        {
            return " none.";
        }

        var text = new StringBuilder();
        for (var i = 0; i < findings.Count; i++)
        {
            text.Append(Environment.NewLine).Append("  ").Append(i + 1).Append(". ").Append(findings[i]);
        }

        return text.ToString();
    }

    // FluentAssertions reads {…} in a failure message as a placeholder; findings may quote braces.
    public static string Escape(string message) => message.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
}
