namespace Bimtek.Cli.Commands;

/// <summary>
/// Turns a failure to open, read or write a file into one line naming the path as the user typed it (never the full
/// path the runtime resolved, never a .NET exception name): <c>cannot write out/plan.json: no such directory</c>.
/// </summary>
internal static class FileProblem
{
    public static CliUsageException Reading(string path, Exception ex) => new($"cannot read {path}: {Reason(path, ex)}");

    public static CliUsageException Writing(string path, Exception ex) => new($"cannot write {path}: {Reason(path, ex)}");

    /// <summary>Whether an exception is a file-system failure this class explains (anything else is a bug, not a path).</summary>
    public static bool IsFileFailure(Exception ex) => ex is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException;

    private static string Reason(string path, Exception ex) => ex switch
    {
        _ when Directory.Exists(path) => "it is a directory, not a file",
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        PathTooLongException => "the path is too long",
        UnauthorizedAccessException or System.Security.SecurityException => "permission denied",
        NotSupportedException or ArgumentException => "not a valid path",
        _ => ex.Message.Replace(Full(path), path, StringComparison.Ordinal),
    };

    private static string Full(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }
}
