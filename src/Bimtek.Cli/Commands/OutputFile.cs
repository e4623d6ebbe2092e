namespace Bimtek.Cli.Commands;

/// <summary>Writes a file the user named (<c>--out</c>, <c>--html</c>); any failure is a usage error (exit 2) naming the path as typed.</summary>
internal static class OutputFile
{
    public static void Write(string path, string content)
    {
        try
        {
            if (Directory.Exists(path))
            {
                throw new UnauthorizedAccessException();
            }

            File.WriteAllText(path, content);
        }
        catch (Exception ex) when (FileProblem.IsFileFailure(ex) || ex is ArgumentException)
        {
            throw FileProblem.Writing(path, ex);
        }
    }

    /// <summary>Makes a folder (and its parents) for files to be written into; a file of that name is a usage error.</summary>
    public static void Folder(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                throw new CliUsageException($"cannot write into {path}: it is a file, not a folder (one file per group is written into a folder).");
            }

            Directory.CreateDirectory(path);
        }
        catch (Exception ex) when (FileProblem.IsFileFailure(ex) || ex is ArgumentException)
        {
            throw FileProblem.Writing(path, ex);
        }
    }
}
