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

    /// <summary>A plugin that cannot be used; it keeps its own id and name when it got far enough to tell them.</summary>
    public static PluginDescriptor Failed(string folder, string reason, string? version = null, IKrajPlugin? identity = null) =>
        identity is null
            ? new(folder.ToLowerInvariant(), folder, folder, "", version, [], PluginStatus.Failed, reason, null)
            : new(identity.Id, folder, identity.Name, identity.Description, version, identity.KrajCodes.ToArray(), PluginStatus.Failed, reason, null);
}
