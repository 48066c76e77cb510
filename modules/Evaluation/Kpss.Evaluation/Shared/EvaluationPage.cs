using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Evaluation.Shared;

/// <summary>What the evaluation's pages share: the route's kraj, a use case's Czech errors, the words of the domain.</summary>
internal abstract class EvaluationPage : PageModel
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

    public static string Money(long amount) => EvaluationWords.Money(amount);

    public static string Date(DateOnly day) => EvaluationWords.Date(day);

    public static string Number(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("cs-CZ"));
}
