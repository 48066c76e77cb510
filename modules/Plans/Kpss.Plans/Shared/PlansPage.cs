using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Plans.Shared;

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

    public static string KindName(PlanKind kind) => PlanWords.Kind(kind);

    public static string StateName(PlanState state) => PlanWords.State(state);

    public static string SourceName(FundingSource source) => PlanWords.Source(source);

    public static string Money(long amount) => PlanWords.Money(amount);

    public static string Number(decimal value) => PlanWords.Number(value);
}
