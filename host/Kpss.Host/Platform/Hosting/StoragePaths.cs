namespace Kpss.Host.Platform;

/// <summary>The data folder (SQLite database, mail outbox): <c>Storage:DataPath</c>, relative to the content root.</summary>
public sealed class StoragePaths
{
    public StoragePaths(string dataPath)
    {
        DataPath = dataPath;
        Directory.CreateDirectory(dataPath);
    }

    public string DataPath { get; }

    public string Resolve(string relativeOrAbsolute) => Path.GetFullPath(relativeOrAbsolute, DataPath);
}
