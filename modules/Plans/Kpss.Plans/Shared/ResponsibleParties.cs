using Kpss.Catalogue.Contracts;

namespace Kpss.Plans.Shared;

/// <summary>
/// A measure's or activity's responsible party by its IČO, as the kraj's catalogue knows it (AddItem, ChangeItem): the
/// name filled in when the writer gave only the IČO; an IČO the catalogue does not know is said, not refused (a town or
/// an office is no provider of social services).
/// </summary>
internal sealed class ResponsibleParties(ICatalogueProviders providers)
{
    /// <summary>The warnings for <paramref name="item"/>'s IČO (already checked for its form and check digit).</summary>
    public async Task<IReadOnlyList<string>> LookUpAsync(string krajCode, PlanItem item, CancellationToken ct)
    {
        if (item.ResponsibleIco is not { Length: 8 } ico || !Ico.IsValid(ico)) return [];
        var provider = await providers.FindAsync(krajCode, ico, ct);
        if (provider is null) return [PlanWords.IcoNotInCatalogue(ico)];
        item.Responsible ??= provider.Name;
        return [];
    }
}
