using Kpss.Plugins.Abstractions;

namespace Kpss.Host.Platform.Plugins;

public enum PluginStatus
{
    Loaded,
    Failed,
}

/// <summary>An installed kraj plugin as the host sees it: loaded and usable, or failed with a Czech reason.</summary>
public sealed record PluginDescriptor(
    string Id,
    string Folder,
    string Name,
    string Description,
    string? Version,
    IReadOnlyCollection<string> KrajCodes,
    PluginStatus Status,
    string? FailureReason,
    IKrajPlugin? Instance)
{
    public bool IsLoaded => Status == PluginStatus.Loaded;

    /// <summary>The plugin may be enabled in this kraj (it names no kraje, or names this one).</summary>
    public bool AppliesTo(string krajCode) => KrajCodes.Count == 0 || KrajCodes.Contains(krajCode, StringComparer.OrdinalIgnoreCase);

    public static PluginDescriptor Failed(string folder, string reason, string? version = null) =>
        new(folder.ToLowerInvariant(), folder, folder, "", version, [], PluginStatus.Failed, reason, null);
}
