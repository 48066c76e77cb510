namespace Kpss.Modules.Abstractions;

/// <summary>What the kraj plugins enabled in a kraj contribute, asked by capability (e.g. IReminderDefaults).</summary>
public interface IKrajPlugins
{
    /// <summary>The enabled, loaded plugins of the kraj that implement <typeparamref name="T"/>.</summary>
    Task<IReadOnlyList<T>> EnabledAsync<T>(string krajCode, CancellationToken ct = default) where T : class;
}
