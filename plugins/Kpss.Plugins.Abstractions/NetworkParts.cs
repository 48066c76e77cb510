namespace Kpss.Plugins.Abstractions;

/// <summary>
/// A plugin that names the parts of its kraj's network of social services (contract 1.2), e.g. základní and
/// podmíněná. The catalogue offers these parts when a service is placed in the kraj's network.
/// </summary>
public interface INetworkParts
{
    IReadOnlyList<string> NetworkParts { get; }
}
