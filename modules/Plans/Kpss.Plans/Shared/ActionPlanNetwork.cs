using Kpss.Catalogue.Contracts;

namespace Kpss.Plans.Shared;

/// <summary>A service of the kraj's network as the action plan shows it (and freezes it with its copies).</summary>
internal sealed record NetworkRowView(string RegisterId, string Name, string Provider, string ProviderIco, string Paragraph, string Kind, string? Part,
    int? Capacity, string? Unit, decimal? Staff)
{
    /// <summary>"12 lůžek", or a dash without a capacity in the network.</summary>
    public string CapacityText => Capacity is { } c && Unit is { Length: > 0 } u ? CapacityUnits.Count(c, u) : "—";

    public string StaffText => Staff is { } s ? PlanWords.Number(s) : "—";
}

/// <summary>What changed for one service against the previous year's action plan: "zařazena", "vyřazena", "kapacita 12 → 15 lůžek"…</summary>
internal sealed record NetworkChangeView(string RegisterId, string Name, string Provider, string Change);

/// <summary>One part of the network (or the whole network when the kraj's has no parts) in numbers.</summary>
internal sealed record NetworkPartView(string Part, int Services, IReadOnlyList<string> Capacities, decimal Staff);

/// <summary>
/// The kraj's network of social services in a kraj's action plan: the services in it on <see cref="AsOf"/> (from the
/// catalogue while the plan is a draft, frozen with its copies) and what changed against the previous year's approved
/// action plan (<see cref="PreviousYear"/> null: there is none in the platform to compare with).
/// </summary>
internal sealed record NetworkView(DateOnly AsOf, IReadOnlyList<NetworkRowView> Services, int? PreviousYear, IReadOnlyList<NetworkChangeView> Changes)
{
    /// <summary>Services, capacity per unit and úvazky per part, in the order of the rows.</summary>
    public IReadOnlyList<NetworkPartView> Parts() => Services.GroupBy(s => s.Part ?? "síť kraje")
        .Select(g => new NetworkPartView(g.Key, g.Count(),
            g.Where(s => s.Capacity is not null && s.Unit is { Length: > 0 }).GroupBy(s => s.Unit!)
                .Select(u => CapacityUnits.Count(u.Sum(s => s.Capacity!.Value), u.Key)).ToList(),
            g.Sum(s => s.Staff ?? 0)))
        .ToList();

    /// <summary>The changes against the previous year, service by service (by the register's identifier).</summary>
    public static IReadOnlyList<NetworkChangeView> Compare(IReadOnlyList<NetworkRowView> before, IReadOnlyList<NetworkRowView> now)
    {
        var old = before.ToDictionary(s => s.RegisterId, StringComparer.Ordinal);
        var changes = new List<NetworkChangeView>();
        foreach (var s in now)
        {
            if (!old.Remove(s.RegisterId, out var was))
            {
                changes.Add(new(s.RegisterId, s.Name, s.Provider,
                    $"zařazena do sítě{(s.Part is null ? "" : $" ({s.Part})")}, kapacita {s.CapacityText}, úvazky {s.StaffText}"));
                continue;
            }
            var what = new List<string>();
            if (was.Part != s.Part) what.Add($"část sítě {was.Part ?? "—"} → {s.Part ?? "—"}");
            if (was.Capacity != s.Capacity || was.Unit != s.Unit) what.Add($"kapacita {was.CapacityText} → {s.CapacityText}");
            if (was.Staff != s.Staff) what.Add($"úvazky {was.StaffText} → {s.StaffText}");
            if (what.Count > 0) changes.Add(new(s.RegisterId, s.Name, s.Provider, string.Join(", ", what)));
        }
        changes.AddRange(old.Values.Select(s => new NetworkChangeView(s.RegisterId, s.Name, s.Provider, "vyřazena ze sítě")));
        return changes;
    }
}

/// <summary>
/// The network table of a kraj's action plan (an akční plán whose parent is the kraj's SPRSS): the kraj's network as of
/// 1 January of the plan's year, from the catalogue's history (through <see cref="ICatalogueNetwork"/>), compared with
/// the same history a year before (no comparison when the history has no network then); frozen with the plan's copies.
/// Other plans have none.
/// </summary>
internal sealed class ActionPlanNetwork(PlansDbContext db, ICatalogueNetwork catalogue)
{
    public async Task<PlanView> WithNetworkAsync(string krajCode, PlanView plan, CancellationToken ct)
    {
        if (plan.Kind != PlanKind.Akcni || plan.ParentPlanId is not { } parentId
            || !await db.Plans.AnyAsync(p => p.Id == parentId && p.KrajCode == krajCode && p.Kind == PlanKind.Sprss, ct))
            return plan;
        var asOf = new DateOnly(plan.FromYear, 1, 1);
        var services = Rows(await catalogue.InNetworkAsync(krajCode, asOf, ct));
        var previous = Rows(await catalogue.InNetworkAsync(krajCode, asOf.AddYears(-1), ct));
        return plan with
        {
            Network = new NetworkView(asOf, services, previous.Count == 0 ? null : plan.FromYear - 1,
                previous.Count == 0 ? [] : NetworkView.Compare(previous, services)),
        };
    }

    private static List<NetworkRowView> Rows(IEnumerable<NetworkService> services) => services
        .Select(s => new NetworkRowView(s.RegisterId, s.Name, s.Provider, s.ProviderIco, s.Paragraph, ServiceKinds.Find(s.Paragraph)?.Name ?? "",
            s.Part, s.Capacity, s.CapacityUnit, s.Staff))
        .ToList();
}
