using System.Security.Cryptography;
using System.Text;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Kpss.Plans.Public;

namespace Kpss.Plans.UseCases.CommentOnPlan;

/// <summary>A comment as typed on the public form. <c>Target</c>: "" (the whole plan), <c>kapitola:{key}</c> or <c>polozka:{code}</c>.</summary>
internal sealed class CommentInput
{
    public string? Target { get; set; }
    public string? Text { get; set; }
    public string? AuthorName { get; set; }
    public string? Organisation { get; set; }
    public string? Email { get; set; }
}

/// <summary>
/// Use case: anyone comments on a plan in comment (public page PublicPlan); the comment counts only after the e-mail
/// address is confirmed by the link sent there (public page ConfirmComment; nothing is shown before), limited per
/// address and per plan against floods.
/// </summary>
internal sealed class CommentOnPlan(PlansDbContext db, PublicPlans plans, INotificationOutbox outbox, IPublicUrls urls, ICurrentKraj kraj, KpssClock clock)
{
    public const int PerAddressPerDay = 10;
    public const int PerPlanPerHour = 200;

    public async Task<OperationResult> SubmitAsync(int planId, CommentInput input, CancellationToken ct)
    {
        var plan = await plans.ReadAsync(kraj.Kraj.Code, planId, ct);
        if (plan is null) return OperationResult.Missing(PlanWords.NoPublishedPlan);
        var result = new OperationResult();
        if (!plan.TextInComment || !plans.Open(plan.Row))
        {
            return OperationResult.Invalid("", plan.Row.CommentsFrom is { } from && plan.Row.CommentsTo is { } to
                ? PlanWords.CommentsOnlyBetween(from, to)
                : PlanWords.NotOpenForComments);
        }
        var target = (input.Target ?? "").Trim();
        var title = PlanComments.Targets(plan.Text).Where(t => t.Target == target).Select(t => t.Title).FirstOrDefault();
        if (title is null) result.Add("Target", PlanWords.CommentTargetMissing);
        Check.Required(result, "Text", input.Text, "text připomínky", PlanComments.MaxText);
        Check.Optional(result, "AuthorName", input.AuthorName, "jméno", 200);
        Check.Optional(result, "Organisation", input.Organisation, "organizace", 200);
        var email = Check.Clean(input.Email)?.ToLowerInvariant();
        if (email is null) result.Add("Email", PlanWords.CommentEmailMissing);
        else if (email.Length > 254 || !Check.IsEmail(email)) result.Add("Email", PlanWords.EmailInvalid);
        if (!result.Ok) return result;

        var now = clock.GetUtcNow().UtcDateTime;
        var edition = await db.Plans.Where(p => p.Id == planId).Select(p => p.Edition).SingleAsync(ct);
        var dayAgo = now.AddDays(-1);
        var hourAgo = now.AddHours(-1);
        var recent = await db.Comments.Where(c => c.PlanId == planId && c.CreatedAtUtc > dayAgo)
            .GroupBy(_ => 1)
            .Select(g => new { FromAddress = g.Count(c => c.Email == email), LastHour = g.Count(c => c.CreatedAtUtc > hourAgo) })
            .SingleOrDefaultAsync(ct);
        if (recent?.FromAddress >= PerAddressPerDay)
            return OperationResult.Invalid("Email", PlanWords.TooManyFromAddress(PerAddressPerDay));
        if (recent?.LastHour >= PerPlanPerHour)
            return OperationResult.Invalid("", PlanWords.TooManyComments);

        var secret = RandomNumberGenerator.GetBytes(32);
        var token = Convert.ToBase64String(secret).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var comment = new PlanComment
        {
            PlanId = planId, Edition = edition, Target = target, TargetTitle = title!, Text = input.Text!.Trim(), AuthorName = Check.Clean(input.AuthorName),
            Organisation = Check.Clean(input.Organisation), Email = email!, TokenHash = Hash(token), CreatedAtUtc = now, Version = 1,
        };
        db.Comments.Add(comment);
        var validUntil = PragueTime.Format(now + PlanComments.ConfirmWithin);
        await outbox.EnqueueAsync([new NotificationRequest(kraj.Kraj.Code, new Recipient(email!, comment.AuthorName),
            new PlanCommentConfirmation(plan.Text.Title, title!, comment.Text, urls.Absolute($"/{kraj.Kraj.Slug}/plany/pripominka/{token}"), validUntil))], ct);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(comment.Id);
    }

    /// <summary>The comment a confirmation link stands for, if the link is genuine and still valid.</summary>
    public async Task<PlanComment?> FindAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        var hash = Hash(token);
        var comment = await db.Comments.AsNoTracking().SingleOrDefaultAsync(c => c.TokenHash == hash, ct);
        return comment is not null && (comment.ConfirmedAtUtc is not null || clock.GetUtcNow().UtcDateTime - comment.CreatedAtUtc <= PlanComments.ConfirmWithin) ? comment : null;
    }

    /// <summary>Confirms the address: from now the comment counts. Confirming twice is harmless.</summary>
    public async Task<OperationResult> ConfirmAsync(string? token, CancellationToken ct)
    {
        var found = await FindAsync(token, ct);
        if (found is null) return OperationResult.Missing(PlanWords.ConfirmLinkInvalid);
        var comment = await db.Comments.SingleAsync(c => c.Id == found.Id, ct);
        comment.ConfirmedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(comment.Id);
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
