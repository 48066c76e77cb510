using Kpss.Modules.Abstractions;
namespace Kpss.Catalogue.Contracts;

/// <summary>A kind of social service (druh sociální služby) with its paragraph of law 108/2006 Sb.</summary>
public sealed record ServiceKind(string Paragraph, string Name, string Section);

/// <summary>
/// The registrable kinds of §§ 37–70 of law 108/2006 Sb.: social counselling (§ 37), social care (§§ 39–52) and social
/// prevention (§§ 54–70). The register (RPSS) names a service's kind by these names.
/// </summary>
public static class ServiceKinds
{
    public const string Counselling = "sociální poradenství";
    public const string Care = "služby sociální péče";
    public const string Prevention = "služby sociální prevence";

    public static IReadOnlyList<ServiceKind> All { get; } =
    [
        new("37", "odborné sociální poradenství", Counselling),
        new("39", "osobní asistence", Care),
        new("40", "pečovatelská služba", Care),
        new("41", "tísňová péče", Care),
        new("42", "průvodcovské a předčitatelské služby", Care),
        new("43", "podpora samostatného bydlení", Care),
        new("44", "odlehčovací služby", Care),
        new("45", "centra denních služeb", Care),
        new("46", "denní stacionáře", Care),
        new("47", "týdenní stacionáře", Care),
        new("48", "domovy pro osoby se zdravotním postižením", Care),
        new("49", "domovy pro seniory", Care),
        new("50", "domovy se zvláštním režimem", Care),
        new("51", "chráněné bydlení", Care),
        new("52", "sociální služby poskytované ve zdravotnických zařízeních lůžkové péče", Care),
        new("54", "raná péče", Prevention),
        new("55", "telefonická krizová pomoc", Prevention),
        new("56", "tlumočnické služby", Prevention),
        new("57", "azylové domy", Prevention),
        new("58", "domy na půl cesty", Prevention),
        new("59", "kontaktní centra", Prevention),
        new("60", "krizová pomoc", Prevention),
        new("60a", "intervenční centra", Prevention),
        new("61", "nízkoprahová denní centra", Prevention),
        new("62", "nízkoprahová zařízení pro děti a mládež", Prevention),
        new("63", "noclehárny", Prevention),
        new("64", "služby následné péče", Prevention),
        new("65", "sociálně aktivizační služby pro rodiny s dětmi", Prevention),
        new("66", "sociálně aktivizační služby pro seniory a osoby se zdravotním postižením", Prevention),
        new("67", "sociálně terapeutické dílny", Prevention),
        new("68", "terapeutické komunity", Prevention),
        new("69", "terénní programy", Prevention),
        new("70", "sociální rehabilitace", Prevention),
    ];

    private static readonly Dictionary<string, ServiceKind> ByKey = All
        .SelectMany(k => new[] { (k.Paragraph, k), (CzechText.Fold(k.Name), k), ("§" + k.Paragraph, k), ("§ " + k.Paragraph, k) })
        .ToDictionary(x => x.Item1, x => x.k, StringComparer.OrdinalIgnoreCase);

    /// <summary>By paragraph ("40", "§ 40") or by name, ignoring case and diacritics ("pecovatelska sluzba").</summary>
    public static ServiceKind? Find(string? key) =>
        key is null ? null : ByKey.GetValueOrDefault(key.Trim()) ?? ByKey.GetValueOrDefault(CzechText.Fold(key));
}

/// <summary>Forms of provision (§ 33).</summary>
[Flags]
public enum ServiceForms
{
    None = 0,
    Ambulantni = 1,
    Terenni = 2,
    Pobytova = 4,
}

public static class FormNames
{
    public static readonly IReadOnlyList<(ServiceForms Form, string Name)> All =
        [(ServiceForms.Ambulantni, "ambulantní"), (ServiceForms.Terenni, "terénní"), (ServiceForms.Pobytova, "pobytová")];

    public static ServiceForms? Find(string? name) =>
        All.Where(f => CzechText.Fold(f.Name) == CzechText.Fold(name ?? "")).Select(f => (ServiceForms?)f.Form).FirstOrDefault();

    public static string Describe(ServiceForms forms) => string.Join(", ", All.Where(f => forms.HasFlag(f.Form)).Select(f => f.Name));
}

/// <summary>Target groups as the register names them.</summary>
public static class TargetGroups
{
    public static readonly IReadOnlyList<string> All =
    [
        "senioři",
        "osoby se zdravotním postižením",
        "osoby s chronickým onemocněním",
        "osoby s chronickým duševním onemocněním",
        "osoby s mentálním postižením",
        "osoby s tělesným postižením",
        "osoby se sluchovým postižením",
        "osoby se zrakovým postižením",
        "osoby s kombinovaným postižením",
        "rodiny s dítětem/dětmi",
        "děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy",
        "osoby bez přístřeší",
        "osoby v krizi",
        "osoby ohrožené závislostí nebo závislé na návykových látkách",
        "oběti domácího násilí",
        "oběti trestné činnosti",
        "osoby žijící v sociálně vyloučených lokalitách",
        "osoby, které vedou rizikový způsob života nebo jsou tímto způsobem života ohroženy",
        "pachatelé trestné činnosti",
        "etnické menšiny",
        "imigranti a azylanti",
        "osoby komerčně zneužívané",
    ];

    public static string? Find(string? name) => All.FirstOrDefault(g => CzechText.Fold(g) == CzechText.Fold(name ?? ""));
}

/// <summary>Units in which a capacity is counted.</summary>
public static class CapacityUnits
{
    public static readonly IReadOnlyList<string> All = ["klient", "kontakt", "intervence", "lůžka", "hovor"];

    /// <summary>A count with its unit in the right Czech form: 1 klient, 3 klienti, 12 klientů; 1 lůžko, 4 lůžka, 12 lůžek.</summary>
    public static string Count(int value, string unit)
    {
        var forms = unit switch
        {
            "klient" => ("klient", "klienti", "klientů"),
            "kontakt" => ("kontakt", "kontakty", "kontaktů"),
            "intervence" => ("intervence", "intervence", "intervencí"),
            "lůžka" => ("lůžko", "lůžka", "lůžek"),
            "hovor" => ("hovor", "hovory", "hovorů"),
            _ => (unit, unit, unit),
        };
        var word = value == 1 ? forms.Item1 : value is >= 2 and <= 4 ? forms.Item2 : forms.Item3;
        return $"{value} {word}";
    }


    public static string? Find(string? unit) => All.FirstOrDefault(u => CzechText.Fold(u) == CzechText.Fold(unit ?? ""))
        ?? (CzechText.Fold(unit ?? "") is "luzko" or "luzek" ? "lůžka" : null)
        ?? (CzechText.Fold(unit ?? "") is "klienti" or "klientu" ? "klient" : null);
}

/// <summary>The clients' age range of a service in Czech.</summary>
public static class AgeRange
{
    /// <summary>"od 18 do 64 let", "od 65 let", "do 26 let"; null when the service has no age limit.</summary>
    public static string? Describe(int? from, int? to) => (from, to) switch
    {
        (null, null) => null,
        ({ } f, null) => $"od {f} let",
        (null, { } t) => $"do {t} let",
        ({ } f, { } t) => $"od {f} do {t} let",
    };
}
