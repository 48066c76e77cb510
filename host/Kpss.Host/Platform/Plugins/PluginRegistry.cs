using Microsoft.Extensions.Options;

namespace Kpss.Host.Platform.Plugins;

public sealed class PluginOptions
{
    /// <summary>Folder with one subfolder per plugin; relative paths are taken from the host's base directory.</summary>
    public string Path { get; set; } = "plugins";
}

/// <summary>The installed kraj plugins, loaded once at start (no hot reload: restart the host to deploy a plugin).</summary>
public sealed class PluginRegistry
{
    public PluginRegistry(IOptions<PluginOptions> options, ILogger<PluginRegistry> logger)
    {
        var path = System.IO.Path.GetFullPath(options.Value.Path, AppContext.BaseDirectory);
        Plugins = new PluginLoader(logger).LoadAll(path);
    }

    public IReadOnlyList<PluginDescriptor> Plugins { get; }

    public PluginDescriptor? Find(string id) => Plugins.FirstOrDefault(p => p.Id == id);
}
