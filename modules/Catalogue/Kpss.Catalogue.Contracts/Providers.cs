namespace Kpss.Catalogue.Contracts;

/// <summary>A provider of social services as the kraj's catalogue knows it from the register: its IČO and name.</summary>
public sealed record CatalogueProvider(string Ico, string Name);

/// <summary>The kraj's providers, for the modules that name one by its IČO (a plan's responsible party).</summary>
public interface ICatalogueProviders
{
    /// <summary>The kraj's provider with this IČO (8 digits), or null when the kraj's catalogue has none.</summary>
    Task<CatalogueProvider?> FindAsync(string krajCode, string ico, CancellationToken ct = default);
}
