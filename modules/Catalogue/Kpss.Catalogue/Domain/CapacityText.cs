namespace Kpss.Catalogue.Domain;

internal static class CapacityText
{
    /// <summary>"terénní 40 klientů, pobytová 12 lůžek", in a fixed order (so two lists compare as text).</summary>
    public static string Describe(IEnumerable<Capacity> capacities) =>
        string.Join(", ", capacities.OrderBy(c => c.Form).ThenBy(c => c.Unit, StringComparer.Ordinal)
            .Select(c => $"{FormNames.Describe(c.Form)} {CapacityUnits.Count(c.Value, c.Unit)}"));
}
