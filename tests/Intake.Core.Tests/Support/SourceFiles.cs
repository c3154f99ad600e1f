using System.Text.RegularExpressions;

namespace Intake.Core.Tests.Support;

/// <summary>The C# sources of the clone's own folders, for the house tests that hold the code to its rules.</summary>
internal static class SourceFiles
{
    /// <summary>Every .cs file under <paramref name="folders"/> (outside bin and obj) whose text matches <paramref name="pattern"/>, as a path from the root with '/'.</summary>
    public static IEnumerable<string> Matching(Regex pattern, params string[] folders) => Matching(pattern, File.ReadAllText, folders);

    /// <summary>The same, matching <paramref name="pattern"/> against <paramref name="read"/> of each file (its code without comments, say).</summary>
    public static IEnumerable<string> Matching(Regex pattern, Func<string, string> read, params string[] folders) =>
        folders
            .SelectMany(top => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, top), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Where(file => pattern.IsMatch(read(file)))
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file).Replace(Path.DirectorySeparatorChar, '/'));
}
