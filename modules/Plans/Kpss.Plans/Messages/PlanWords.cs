using System.Globalization;

namespace Kpss.Plans.Messages;

/// <summary>
/// The Czech words of the plans, in one place: kinds, states, sources of money, amounts, dates (here); what a use case
/// refuses and why (<c>PlanWords.Refusals.cs</c>); the pages' titles and what a page says after a form (<c>PlanWords.Pages.cs</c>).
/// The e-mails are in <see cref="PlanMessages"/>; the DOCX's headings in <c>Shared/PlanDocx.Layout.cs</c>.
/// </summary>
internal static partial class PlanWords
{
    private static readonly CultureInfo Cs = CultureInfo.GetCultureInfo("cs-CZ");

    /// <summary>The refusal (404) of every use case that reads a plan of the kraj.</summary>
    public const string NoPlan = "Plán neexistuje.";

    /// <summary>The refusal (404) of the use cases that change one item of the strategic part.</summary>
    public const string NoItem = "Položka plánu neexistuje.";

    /// <summary>A plan's first or last year outside the years the platform takes.</summary>
    public const string YearOutOfRange = "Rok musí být mezi 2000 a 2100.";

    /// <summary>An item's period that does not lie within its plan's.</summary>
    public static string OutsidePlanPeriod(int fromYear, int toYear) => $"Období musí ležet v období plánu ({fromYear}–{toYear}).";

    public static string Kind(PlanKind kind) => kind switch
    {
        PlanKind.Sprss => "Střednědobý plán rozvoje sociálních služeb",
        PlanKind.Komunitni => "Komunitní plán",
        _ => "Akční plán",
    };

    public static string State(PlanState state) => state switch
    {
        PlanState.Navrh => "návrh",
        PlanState.Pripominkovani => "připomínkování",
        PlanState.VerejneProjednani => "veřejné projednání",
        _ => "schválený",
    };

    /// <summary>An approved plan's validity as the public reads it: "platný", "nahrazený", "ukončený", "schválený, platí od 1. 1. 2028".</summary>
    public static string Validity(PlanValidity validity, int fromYear) => validity switch
    {
        PlanValidity.Platny => "platný",
        PlanValidity.Nahrazeny => "nahrazený",
        PlanValidity.Ukonceny => "ukončený",
        _ => $"schválený, platí od 1. 1. {fromYear}",
    };

    /// <summary>A value as a Czech reader writes it: 1 250,5.</summary>
    public static string Number(decimal value) => value.ToString("#,0.##", Cs).Replace('\u202F', '\u00A0');

    public static string Source(FundingSource source) => source switch
    {
        FundingSource.Obec => "obec",
        FundingSource.Kraj => "kraj",
        FundingSource.Mpsv => "dotace MPSV",
        FundingSource.Eu => "fondy EU",
        FundingSource.Uzivatele => "úhrady uživatelů",
        _ => "jiné",
    };

    /// <summary>Whole CZK as a Czech reader writes them, never broken across lines: 1 250 000 Kč (no-break spaces).</summary>
    public static string Money(long amount) => amount.ToString("#,0", Cs).Replace('\u202F', '\u00A0') + "\u00A0Kč";

    /// <summary>E.g. 22. 6. 2023.</summary>
    public static string Date(DateOnly date) => date.ToString("d. M. yyyy", Cs);
}
