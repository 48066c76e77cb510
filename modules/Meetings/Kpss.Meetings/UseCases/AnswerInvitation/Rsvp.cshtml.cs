using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Meetings.UseCases.AnswerInvitation;

/// <summary>
/// Where "Přijdu / Nepřijdu / Možná" in an email leads: no account needed, the signed token is the permission. The
/// link only opens the page (mail scanners that fetch links answer nothing); one click on the page records the answer.
/// </summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Kpss.Modules.Abstractions.Security.KpssRateLimits.PublicForm)]
internal sealed class RsvpModel(MeetingsDbContext db, RsvpTokens tokens, UseCases.AnswerInvitation.AnswerInvitation answers, KpssClock clock) : PageModel
{
    [BindProperty(Name = "t", SupportsGet = true)]
    public string? Token { get; set; }

    public Invitation? Invitation { get; private set; }
    public Meeting? Meeting { get; private set; }
    public RsvpAnswer? Suggested { get; private set; }
    public string? Problem { get; private set; }
    public bool Saved { get; private set; }
    public bool CanAnswer { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? odpoved, CancellationToken ct)
    {
        Suggested = RsvpTokens.ParseSlug(odpoved);
        return await LoadAsync(ct) ? Page() : Invalid();
    }

    public async Task<IActionResult> OnPostAsync(string? odpoved, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return Invalid();
        if (RsvpTokens.ParseSlug(odpoved) is not { } answer)
        {
            Problem = MeetingWords.RsvpPage.AnswerMissing;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var result = await answers.AnswerAsync(Invitation!.Id, answer, ct);
        if (!result.Ok)
        {
            Problem = result.AllMessages.First();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Invitation.Answer = answer;
        Saved = true;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var (state, id) = tokens.Read(Token);
        if (state == TokenState.Invalid)
        {
            Problem = MeetingWords.RsvpPage.LinkBroken;
            return false;
        }
        // The token is the authority: the invitation is found by it, not by a kraj route.
        Invitation = await db.Invitations.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        Meeting = Invitation is null ? null
            : await db.Meetings.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(m => m.Id == Invitation.MeetingId, ct);
        if (Invitation is null || Meeting is null)
        {
            Problem = MeetingWords.RsvpPage.InvitationGone;
            return false;
        }
        if (state == TokenState.Expired)
        {
            Problem = MeetingWords.RsvpPage.LinkExpired;
            return false;
        }
        if (Meeting.Status == MeetingStatus.Cancelled)
            Problem = MeetingWords.RsvpPage.Cancelled;
        else if (Meeting.EndUtc <= clock.GetUtcNow().UtcDateTime)
            Problem = MeetingWords.RsvpPage.Held;
        else
            CanAnswer = true;
        return true;
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
