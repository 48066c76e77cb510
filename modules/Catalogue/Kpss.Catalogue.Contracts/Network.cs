namespace Kpss.Catalogue.Contracts;

/// <summary>
/// A service in a kraj's network of social services (síť sociálních služeb) on a day, as the catalogue's history holds
/// it: the register's identifier, the service and its provider, its kind (§), the part of the network the kraj's plugin
/// names (null when the kraj's network has no parts), the capacity in the network with its unit, the staff in úvazky,
/// and — as the register gives them now — its forms and the ORP of its facilities and territory.
/// </summary>
public sealed record NetworkService(string RegisterId, string Name, string Provider, string ProviderIco, string Paragraph, string? Part,
    int? Capacity, string? CapacityUnit, decimal? Staff, ServiceForms Forms = ServiceForms.None, IReadOnlyList<int>? OrpCsuCodes = null);

/// <summary>How a service's place in the network differs between two days.</summary>
public enum NetworkChangeKind
{
    /// <summary>In the network on the second day, not on the first (zařazena).</summary>
    Added,

    /// <summary>In the network on the first day, not on the second (vyřazena).</summary>
    Removed,

    /// <summary>In it on both, with another part, capacity or staff.</summary>
    Changed,
}

/// <summary>One service's change between two days: what it was (null: not in the network) and what it is.</summary>
public sealed record NetworkChange(string RegisterId, NetworkChangeKind Kind, NetworkService? Before, NetworkService? After);

/// <summary>The kraj's network of social services, for the modules that plan with it and check plans against it.</summary>
public interface ICatalogueNetwork
{
    /// <summary>The services of the kraj in its network on <paramref name="day"/> (by the network's history, and only
    /// services registered that day), by part, paragraph and name.</summary>
    Task<IReadOnlyList<NetworkService>> InNetworkAsync(string krajCode, DateOnly day, CancellationToken ct = default);

    /// <summary>What changed in the kraj's network from <paramref name="from"/> to <paramref name="to"/>: services added,
    /// removed, or with another part, capacity or staff, by register identifier.</summary>
    Task<IReadOnlyList<NetworkChange>> ChangesAsync(string krajCode, DateOnly from, DateOnly to, CancellationToken ct = default);
}
