using Kpss.Modules.Abstractions;
using Kpss.Catalogue.Data;
using Kpss.Catalogue.Domain;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Catalogue.Tests;

/// <summary>The host with a small, known catalogue in Jihočeský and Jihomoravský kraj.</summary>
public sealed class CatalogueHost : KpssAppFactory
{
    public const string JihoceskyAdmin = "admin@katalog-jc.test.example";
    public const string JihomoravskyAdmin = "admin@katalog-jm.test.example";
    public const string CharitaEditor = "editor@charita.test.example";
    public const string TaborEditor = "editor@tabor.test.example";

    public const int JindrichuvHradec = 3105;
    public const int Tabor = 3112;
    public const int Brno = 6202;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync(JihoceskyAdmin, KpssRoles.RegionalAdmin, "CZ031");
        await CreateUserAsync(JihomoravskyAdmin, KpssRoles.RegionalAdmin, "CZ064");
        await CreateUserAsync(CharitaEditor, KpssRoles.ProviderEditor, "CZ031", Ico.Complete("0024687"));
        await CreateUserAsync(TaborEditor, KpssRoles.ProviderEditor, "CZ031", Ico.Complete("0025222"));
        using var scope = Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ITenantScopes>().BeginPlatformWide();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var kraje = scope.ServiceProvider.GetRequiredService<IKrajDirectory>();
        var charita = Provider("CZ031", "0024687", "Charita Jindřichův Hradec");
        var mesto = Provider("CZ031", "0025222", "Město Tábor");
        var brno = Provider("CZ064", "4476112", "Sdružení Brno");
        Add(db, kraje, charita, "1001", "Pečovatelská služba Jindřichův Hradec", "40", ServiceForms.Terenni, ["senioři"], JindrichuvHradec);
        Add(db, kraje, charita, "1002", "Čtyřlístek – sociální rehabilitace", "70", ServiceForms.Ambulantni | ServiceForms.Terenni, ["osoby s chronickým duševním onemocněním"], JindrichuvHradec);
        Add(db, kraje, mesto, "1003", "Chráněné bydlení Tábor", "51", ServiceForms.Pobytova, ["osoby s mentálním postižením"], Tabor);
        Add(db, kraje, mesto, "1004", "Cesta – azylový dům", "57", ServiceForms.Pobytova, ["osoby bez přístřeší"], Tabor);
        Add(db, kraje, mesto, "1005", "Hvězdička – raná péče", "54", ServiceForms.Terenni, ["rodiny s dítětem/dětmi"], Tabor);
        Add(db, kraje, mesto, "1006", "Zahrada – denní stacionář", "46", ServiceForms.Ambulantni, ["senioři", "osoby se zdravotním postižením"], Tabor);
        Add(db, kraje, mesto, "1007", "Žirafa – nízkoprahový klub", "62", ServiceForms.Ambulantni, ["děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy"], Tabor);
        Add(db, kraje, charita, "1008", "Zrušená pečovatelská služba", "40", ServiceForms.Terenni, ["senioři"], JindrichuvHradec, validTo: new DateOnly(2020, 12, 31));
        for (var i = 1; i <= 25; i++)
            Add(db, kraje, charita, $"20{i:00}", $"Odborné sociální poradenství {i:00}", "37", ServiceForms.Ambulantni, ["osoby v krizi"], JindrichuvHradec);
        Add(db, kraje, brno, "3001", "Pečovatelská služba Brno", "40", ServiceForms.Terenni, ["senioři"], Brno);
        db.SaveChanges();
    }

    private static Provider Provider(string kraj, string seven, string name) =>
        new() { KrajCode = kraj, Ico = Ico.Complete(seven), Name = name, LegalForm = "spolek" };

    private static void Add(CatalogueDbContext db, IKrajDirectory kraje, Provider provider, string registerId, string name, string kind,
        ServiceForms forms, string[] groups, int orp, DateOnly? validTo = null)
    {
        var service = new Service
        {
            KrajCode = provider.KrajCode, Provider = provider, RegisterId = registerId, Name = name, KindParagraph = kind, Forms = forms,
            TargetGroups = "|" + string.Join("|", groups) + "|", ValidFrom = new DateOnly(2010, 1, 1), ValidTo = validTo,
            OrpCodes = $"|{orp}|",
            Facilities = [new Facility { Address = "Nádražní 1", Obec = kraje.FindOrp(orp)!.Name, OrpCsuCode = orp }],
            Capacities = [new Capacity { Form = forms, Value = 10, Unit = "klient" }],
        };
        ServiceIndex.Update(service, provider, kraje);
        db.Services.Add(service);
    }
}
