namespace Kpss.Plugins.Abstractions;

/// <summary>
/// A kraj plugin: encodes one region's plan format and deadlines. The host finds the single public, non-abstract
/// implementation in <c>plugins/&lt;Name&gt;/&lt;Name&gt;.dll</c>, creates it with its parameterless constructor and
/// calls <see cref="Start"/> once. What a plugin contributes is expressed by the capability interfaces it also
/// implements (for example <see cref="IPlanningCalendarSource"/>); the host asks for them only in kraje where a
/// regional admin enabled the plugin.
/// </summary>
public interface IKrajPlugin
{
    /// <summary>Stable identifier, lower-case, used in URLs and stored enablement (e.g. <c>jihocesky</c>).</summary>
    string Id { get; }

    /// <summary>Czech display name.</summary>
    string Name { get; }

    /// <summary>Czech description for the plugin administration page.</summary>
    string Description { get; }

    /// <summary>NUTS 3 codes of the kraje this plugin may be enabled for (e.g. <c>CZ031</c>); empty means any kraj.</summary>
    IReadOnlyCollection<string> KrajCodes { get; }

    /// <summary>Called once when the host loads the plugin. An exception marks the plugin as failed; the host still starts.</summary>
    void Start();
}
