using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Kpss.Plugins.Abstractions;

namespace Kpss.Host.Platform.Plugins;

/// <summary>
/// Loads every <c>plugins/&lt;Name&gt;/&lt;Name&gt;.dll</c>. A plugin that cannot be used (a missing file, a contract
/// version the host does not speak, an exception while starting) is reported as failed with its reason and a log line;
/// it never stops the host.
/// </summary>
internal sealed partial class PluginLoader(ILogger logger)
{
    private static readonly string ContractAssemblyName = typeof(IKrajPlugin).Assembly.GetName().Name!;

    public IReadOnlyList<PluginDescriptor> LoadAll(string pluginsPath)
    {
        if (!Directory.Exists(pluginsPath))
        {
            logger.LogWarning("Plugin folder {PluginsPath} does not exist; no kraj plugins are loaded", pluginsPath);
            return [];
        }

        var result = new List<PluginDescriptor>();
        foreach (var folder in Directory.GetDirectories(pluginsPath).Order(StringComparer.Ordinal))
        {
            var plugin = Load(folder);
            if (plugin.IsLoaded && result.Any(p => p.IsLoaded && p.Id == plugin.Id))
                plugin = PluginDescriptor.Failed(plugin.Folder, $"Identifikátor „{plugin.Id}“ už používá jiný nainstalovaný plugin.", plugin.Version);

            if (plugin.IsLoaded)
                logger.LogInformation("Kraj plugin {PluginId} {Version} loaded from {Folder}", plugin.Id, plugin.Version, folder);
            else
                logger.LogError("Kraj plugin in {Folder} skipped: {Reason}", folder, plugin.FailureReason);
            result.Add(plugin);
        }
        return result;
    }

    private PluginDescriptor Load(string folder)
    {
        var name = Path.GetFileName(folder);
        var mainPath = Path.Combine(folder, name + ".dll");
        if (!File.Exists(mainPath))
            return PluginDescriptor.Failed(name, $"Chybí soubor {name}.dll.");

        Version? builtAgainst;
        try
        {
            builtAgainst = ReadContractVersion(mainPath);
        }
        catch (BadImageFormatException)
        {
            return PluginDescriptor.Failed(name, $"Soubor {name}.dll není platné .NET sestavení.");
        }
        if (builtAgainst is null)
            return PluginDescriptor.Failed(name, $"Sestavení neodkazuje na {ContractAssemblyName}, nejde o kraj plugin.");
        if (!PluginContract.IsCompatible(builtAgainst))
            return PluginDescriptor.Failed(name,
                $"Plugin je sestaven proti verzi kontraktu {builtAgainst.ToString(2)}, platforma podporuje verzi {PluginContract.Version.ToString(2)}.");

        Assembly assembly;
        Type pluginType;
        try
        {
            assembly = new PluginLoadContext(Path.GetFullPath(mainPath)).LoadFromAssemblyPath(Path.GetFullPath(mainPath));
            var candidates = assembly.GetExportedTypes()
                .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IKrajPlugin).IsAssignableFrom(t))
                .ToList();
            if (candidates.Count != 1)
                return PluginDescriptor.Failed(name, candidates.Count == 0
                    ? "Sestavení neobsahuje veřejnou třídu implementující IKrajPlugin."
                    : "Sestavení obsahuje více tříd implementujících IKrajPlugin.");
            pluginType = candidates[0];
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or ReflectionTypeLoadException or TypeLoadException)
        {
            return PluginDescriptor.Failed(name, $"Chybí nebo nejde načíst soubor, na kterém plugin závisí: {MissingFile(ex)}");
        }

        var version = VersionOf(assembly);
        IKrajPlugin? instance = null;
        try
        {
            instance = (IKrajPlugin)Activator.CreateInstance(pluginType)!;
            var invalid = Validate(instance);
            if (invalid is not null)
                return PluginDescriptor.Failed(name, invalid, version);
            instance.Start();
        }
        catch (Exception ex)
        {
            var inner = ex is TargetInvocationException { InnerException: { } i } ? i : ex;
            logger.LogError(inner, "Kraj plugin in {Folder} threw while starting", folder);
            return PluginDescriptor.Failed(name, $"Plugin při spuštění selhal: {inner.GetType().Name}: {inner.Message}", version,
                instance is not null && Validate(instance) is null ? instance : null);
        }

        return new PluginDescriptor(instance.Id, name, instance.Name, instance.Description, version,
            instance.KrajCodes.Select(c => c.ToUpperInvariant()).ToArray(), PluginStatus.Loaded, null, instance);
    }

    private static string? Validate(IKrajPlugin plugin)
    {
        if (string.IsNullOrWhiteSpace(plugin.Id) || !IdPattern().IsMatch(plugin.Id))
            return $"Identifikátor pluginu „{plugin.Id}“ není platný (malá písmena bez diakritiky, číslice a pomlčky).";
        if (string.IsNullOrWhiteSpace(plugin.Name))
            return "Plugin nemá název.";
        var badKraj = plugin.KrajCodes.FirstOrDefault(c => !KrajCodePattern().IsMatch(c));
        return badKraj is null ? null : $"Plugin uvádí neplatný kód kraje „{badKraj}“.";
    }

    /// <summary>The version of the contract assembly the plugin references, read without loading the plugin.</summary>
    internal static Version? ReadContractVersion(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata) throw new BadImageFormatException();
        var md = pe.GetMetadataReader();
        foreach (var handle in md.AssemblyReferences)
        {
            var reference = md.GetAssemblyReference(handle);
            if (md.GetString(reference.Name) == ContractAssemblyName)
                return reference.Version;
        }
        return null;
    }

    private static string VersionOf(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString(3) ?? "?";
    }

    private static string MissingFile(Exception ex) => ex switch
    {
        FileNotFoundException f => f.FileName ?? f.Message,
        FileLoadException f => f.FileName ?? f.Message,
        ReflectionTypeLoadException r => r.LoaderExceptions.OfType<Exception>().Select(MissingFile).FirstOrDefault() ?? r.Message,
        _ => ex.Message,
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^CZ0[0-9]{2}$", RegexOptions.IgnoreCase)]
    private static partial Regex KrajCodePattern();
}
