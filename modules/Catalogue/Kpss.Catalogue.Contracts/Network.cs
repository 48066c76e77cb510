namespace Kpss.Catalogue.Contracts;

/// <summary>
/// A service in a kraj's network of social services (síť sociálních služeb) as the catalogue holds it: the register's
/// identifier, the service and its provider, its kind (§), the part of the network the kraj's plugin names (null when
/// the kraj's network has no parts), the capacity in the network with its unit, and the staff in úvazky.
/// </summary>
public sealed record NetworkService(string RegisterId, string Name, string Provider, string ProviderIco, string Paragraph, string? Part,
    int? Capacity, string? CapacityUnit, decimal? Staff);

/// <summary>The kraj's network of social services, for the modules that plan with it (the kraj's action plan).</summary>
public interface ICatalogueNetwork
{
    /// <summary>The services of the kraj in its network that are in force on <paramref name="day"/>, by part, paragraph and name.</summary>
    Task<IReadOnlyList<NetworkService>> InNetworkAsync(string krajCode, DateOnly day, CancellationToken ct = default);
}
