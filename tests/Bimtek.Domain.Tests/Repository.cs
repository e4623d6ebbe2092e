namespace Bimtek.Domain.Tests;

/// <summary>The repository checkout the tests run in: seeds, samples and the README are read from it.</summary>
internal static class Repository
{
    /// <summary>Gets the directory holding <c>Bimtek.Domain.sln</c>, found above the test assembly.</summary>
    public static string Root { get; } = Find();

    /// <summary>Gets the full path of a file, given its path from the repository root.</summary>
    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "Bimtek.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Bimtek.Domain.sln not found above the test assembly.");
    }
}
