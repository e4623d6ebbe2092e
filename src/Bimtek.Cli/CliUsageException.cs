namespace Bimtek.Cli;

/// <summary>An argument that parsed but cannot be used (e.g. a province code that names no province on the date).</summary>
internal sealed class CliUsageException(string message) : Exception(message);
