using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Meetings.Shared;

/// <summary>What the coordinators' pages share: the route's kraj, and showing a use case's Czech errors.</summary>
internal abstract class MeetingsPage : PageModel
{
    public KrajInfo Kraj => HttpContext.RequestServices.GetRequiredService<ICurrentKraj>().Kraj;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Keeps the form as typed and answers with the fitting status code.</summary>
    protected void Show(OperationResult result)
    {
        Errors = result.AllMessages.ToList();
        Response.StatusCode = result.HttpStatus;
    }

    protected string KrajCode => Kraj.Code;
}
