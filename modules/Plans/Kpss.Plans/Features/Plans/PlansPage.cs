using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Plans.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Plans.Features.Plans;

/// <summary>What the plan pages share: the route's kraj, a use case's Czech errors, the Czech words of the domain.</summary>
internal abstract class PlansPage : PageModel
{
    public KrajInfo Kraj => HttpContext.RequestServices.GetRequiredService<ICurrentKraj>().Kraj;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? StatusMessage { get; set; }

    protected string KrajCode => Kraj.Code;

    /// <summary>Keeps the form as typed and answers with the fitting status code.</summary>
    protected void Show(OperationResult result)
    {
        Errors = result.AllMessages.ToList();
        Response.StatusCode = result.HttpStatus;
    }

    public static string KindName(PlanKind kind) => kind switch
    {
        PlanKind.Sprss => "Střednědobý plán rozvoje sociálních služeb",
        PlanKind.Komunitni => "Komunitní plán",
        _ => "Akční plán",
    };

    public static string StateName(PlanState state) => state switch
    {
        PlanState.Navrh => "návrh",
        PlanState.Pripominkovani => "připomínkování",
        PlanState.VerejneProjednani => "veřejné projednání",
        PlanState.Schvaleny => "schválený",
        PlanState.Platny => "platný",
        _ => "nahrazený",
    };

    public static string SourceName(FundingSource source) => source switch
    {
        FundingSource.Obec => "obec",
        FundingSource.Kraj => "kraj",
        FundingSource.Mpsv => "dotace MPSV",
        FundingSource.Eu => "fondy EU",
        FundingSource.Uzivatele => "úhrady uživatelů",
        _ => "jiné",
    };

    /// <summary>Whole CZK as a Czech reader writes them, never broken across lines: 1 250 000 Kč (no-break spaces).</summary>
    public static string Money(long amount) =>
        amount.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("cs-CZ")).Replace('\u202F', '\u00A0') + "\u00A0Kč";

    /// <summary>A value as a Czech reader writes it: 1 250,5.</summary>
    public static string Number(decimal value) =>
        value.ToString("#,0.##", System.Globalization.CultureInfo.GetCultureInfo("cs-CZ")).Replace('\u202F', '\u00A0');
}
