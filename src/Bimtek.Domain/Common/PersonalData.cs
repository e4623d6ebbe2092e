namespace Bimtek.Domain.Common;

/// <summary>Keeps personal data out of messages: a value with ten digits or more may be a NIK (16) or NIP (18).</summary>
internal static class PersonalData
{
    /// <summary>Quotes <paramref name="value"/> for a message, or describes it by length when it may be an identity number.</summary>
    public static string Quote(string value) =>
        value.Count(char.IsAsciiDigit) < 10 ? $"'{value}'" : $"a {value.Length}-character value";

    /// <summary>Like <see cref="Quote"/>, for a message written later in the reader's language.</summary>
    public static RuleText Quoted(string value) =>
        value.Count(char.IsAsciiDigit) < 10 ? new($"'{value}'", $"'{value}'") : new($"nilai {value.Length} karakter", $"a {value.Length}-character value");

    /// <summary>Masks every run of ten or more digits (with spaces or dots between them) inside a longer text: a run that
    /// reads as a NIP prints as <see cref="Nip.ToMaskedString"/> prints it, any other (a NIK, a partial number) as asterisks.</summary>
    /// <remarks>The one rule of every message the package writes (rule messages through <see cref="RuleValueFormatter"/>,
    /// document errors), whatever field a value came from: an instructor id or a programme code may be a NIP.</remarks>
    public static string MaskIn(string text) =>
        text.Length < 5 ? text
            : System.Text.RegularExpressions.Regex.Replace(
                System.Text.RegularExpressions.Regex.Replace(text, @"\d(?:[\d .]*\d){9,}", m => Nip.TryParse(m.Value, out var nip) ? nip.ToMaskedString() : new string('*', m.Length)),
                @"[^\s'""@,;<>()\[\]]+@[^\s'""@,;<>()\[\]]+",
                "(e-mail)");
}
