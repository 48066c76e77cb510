using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Catalogue.Data;

/// <summary>
/// A generated catalogue about the size of the national register (~6,000 services): every kraj, its real ORP, real
/// kinds, forms, target groups and capacity units; invented providers with valid IČO. Deterministic (fixed seed).
/// </summary>
internal static class CatalogueDemo
{
    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct, int servicesPerOrp = 29)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        using var _ = sp.GetRequiredService<ITenantScopes>().BeginPlatformWide();
        var db = sp.GetRequiredService<CatalogueDbContext>();
        if (await db.Services.AnyAsync(ct)) return;
        var kraje = sp.GetRequiredService<IKrajDirectory>();
        var today = PragueTime.Today(sp.GetRequiredService<KpssClock>());
        var random = new Random(108);
        foreach (var (kraj, services) in Generate(kraje, servicesPerOrp, today))
        {
            db.Providers.AddRange(services.Select(s => s.Provider!).Distinct());
            db.Services.AddRange(services);
            await db.SaveChangesAsync(ct);
            // Most services are in the kraj's network, with the capacity and staff the kraj funds (parts stay empty:
            // they come from the kraj's plugin, which its admin enables).
            db.Network.AddRange(services.Where(_ => random.Next(10) < 8).Select(s => new NetworkEntry
            {
                KrajCode = kraj.Code, ServiceId = s.Id, InNetwork = true,
                Capacity = s.Capacities.FirstOrDefault()?.Value, CapacityUnit = s.Capacities.FirstOrDefault()?.Unit,
                Fte = Math.Round((decimal)(0.5 + random.NextDouble() * 14), 1), UpdatedAtUtc = DateTime.UtcNow, UpdatedBy = "demo",
            }));
            // In the network since the service was registered: the history the action plans read their years from.
            var placed = db.ChangeTracker.Entries<NetworkEntry>().Select(e => e.Entity).ToList();
            var registered = services.ToDictionary(s => s.Id, s => s.ValidFrom);
            db.NetworkPeriods.AddRange(placed.Select(n => new NetworkPeriod
            {
                KrajCode = n.KrajCode, ServiceId = n.ServiceId, From = registered[n.ServiceId], Part = n.Part, Capacity = n.Capacity,
                CapacityUnit = n.CapacityUnit, Fte = n.Fte,
            }));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    private static readonly string[] ProviderPatterns =
    [
        "Centrum sociálních služeb {0}", "Spolek Pomocná ruka {0}", "Domov {0}, příspěvková organizace", "Sociální služby města {0}",
        "Rodinné centrum Klubíčko {0}", "Nadační fond Krok {0}", "Ústav sociální péče {0}", "Občanská poradna {0}",
    ];

    private static readonly string[] LegalForms = ["spolek", "příspěvková organizace", "obecně prospěšná společnost", "ústav", "církevní právnická osoba"];

    private static readonly string[] Streets = ["Nádražní", "Husova", "Školní", "Palackého", "Komenského", "Tyršova", "Zahradní", "Nám. Míru"];

    internal static IEnumerable<(KrajInfo Kraj, List<Service> Services)> Generate(IKrajDirectory kraje, int servicesPerOrp, DateOnly today)
    {
        var random = new Random(20061108);
        var registerId = 1_000_000;
        var icoSeed = 4_000_000;
        foreach (var kraj in kraje.Kraje)
        {
            var services = new List<Service>();
            foreach (var orp in kraje.OrpOf(kraj.Code))
            {
                var providers = ProviderPatterns.Select(p => new Provider
                {
                    KrajCode = kraj.Code,
                    Ico = Ico.Complete((icoSeed++).ToString("D7")),
                    Name = string.Format(p, orp.Name),
                    LegalForm = LegalForms[random.Next(LegalForms.Length)],
                    Seat = $"{Streets[random.Next(Streets.Length)]} {random.Next(1, 999)}, {orp.Name}",
                    StatutoryBody = "ředitel/ka",
                    Email = $"info@{Fold(orp.Name)}-{random.Next(100, 999)}.demo.kpss.example",
                    Phone = $"+420 {random.Next(200, 999)} {random.Next(100, 999)} {random.Next(100, 999)}",
                }).ToList();
                for (var i = 0; i < servicesPerOrp; i++)
                {
                    var kind = ServiceKinds.All[random.Next(ServiceKinds.All.Count)];
                    var provider = providers[random.Next(providers.Count)];
                    var forms = FormsOf(kind, random);
                    var groups = TargetGroups.All.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
                    var service = new Service
                    {
                        KrajCode = kraj.Code,
                        Provider = provider,
                        RegisterId = (registerId++).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Name = $"{char.ToUpper(kind.Name[0])}{kind.Name[1..]} – {provider.Name}",
                        KindParagraph = kind.Paragraph,
                        Forms = forms,
                        TargetGroups = "|" + string.Join("|", groups) + "|",
                        AgeFrom = random.Next(4) == 0 ? 65 : random.Next(3) == 0 ? 18 : null,
                        OpeningHours = forms.HasFlag(ServiceForms.Pobytova) ? "nepřetržitě" : "po–pá 8:00–16:00",
                        Description = $"{kind.Name} pro {string.Join(", ", groups)} v ORP {orp.Name}.",
                        ValidFrom = new DateOnly(2007 + random.Next(18), 1, 1),
                        OrpCodes = $"|{orp.CsuCode}|",
                        Territory = $"ORP {orp.Name}",
                        UpdatedAtUtc = DateTime.UtcNow,
                        Facilities =
                        [
                            new Facility { Address = $"{Streets[random.Next(Streets.Length)]} {random.Next(1, 999)}", Obec = orp.Name, OrpCsuCode = orp.CsuCode },
                        ],
                        Capacities = FormNames.All.Where(f => forms.HasFlag(f.Form)).Select(f => new Capacity
                        {
                            Form = f.Form, Value = random.Next(5, 200),
                            Unit = f.Form == ServiceForms.Pobytova ? "lůžka" : kind.Paragraph is "55" ? "hovor" : kind.Paragraph is "37" or "60" ? "intervence" : "klient",
                        }).ToList(),
                    };
                    ServiceIndex.Update(service, provider, kraje);
                    services.Add(service);
                }
            }
            yield return (kraj, services);
        }
    }

    private static ServiceForms FormsOf(ServiceKind kind, Random random) => kind.Paragraph switch
    {
        "48" or "49" or "50" or "51" or "52" or "57" or "58" or "63" or "68" or "47" => ServiceForms.Pobytova,
        "39" or "40" or "43" or "69" => ServiceForms.Terenni,
        "41" or "55" or "45" or "46" or "59" or "61" or "62" or "67" => ServiceForms.Ambulantni,
        _ => (ServiceForms)random.Next(1, 8) & (ServiceForms.Ambulantni | ServiceForms.Terenni) | ServiceForms.Ambulantni,
    };

    private static string Fold(string s) => CzechText.Fold(s).Replace(' ', '-');
}
