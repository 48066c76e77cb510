using System.Security.Cryptography;
using System.Text;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Kpss.Plans.Messages;

namespace Kpss.Plans.Public;

/// <summary>A comment as typed on the public form. <c>Target</c>: "" (the whole plan), <c>kapitola:{key}</c> or <c>polozka:{code}</c>.</summary>
internal sealed record CommentInput(string? Target, string? Text, string? AuthorName, string? Organisation, string? Email);

/// <summary>A confirmed comment as the coordinator and the settlement show it.</summary>
internal sealed record CommentView(int Id, int Edition, string Target, string TargetTitle, string Text, string? AuthorName, string? Organisation,
    DateTime ConfirmedAtUtc, CommentAnswer Answer, string? Reason, int Version);

/// <summary>
/// Public comments on a plan in comment: written by anyone, counted only after the e-mail address is confirmed by the
/// link sent there (nothing is shown before), limited per address and per plan against floods; answered by the
/// coordinator; the settlement (vypořádání) published with every writer e-mailed their answer.
/// </summary>
internal sealed class PlanComments(PlansDbContext db, PublicPlans plans, INotificationOutbox outbox, IPublicUrls urls, ICurrentKraj kraj, KpssClock clock)
{
    public const int MaxText = 4000;
    public static readonly TimeSpan ConfirmWithin = TimeSpan.FromHours(72);
    public const int PerAddressPerDay = 10;
    public const int PerPlanPerHour = 200;

    public static string AnswerName(CommentAnswer answer) => answer switch
    {
        CommentAnswer.Akceptovano => "akceptováno",
        CommentAnswer.CastecneAkceptovano => "částečně akceptováno",
        CommentAnswer.Neakceptovano => "neakceptováno",
        CommentAnswer.BereSeNaVedomi => "bere se na vědomí",
        _ => "zatím bez odpovědi",
    };

    /// <summary>The parts of a plan one can comment on, with their names: the whole plan, each chapter, each item by code.</summary>
    public static IReadOnlyList<(string Target, string Title)> Targets(PlanView plan) =>
    [
        ("", "Plán jako celek"),
        .. plan.Chapters.Select(c => ($"kapitola:{c.Key}", $"Kapitola {c.Title}")),
        .. plan.AllItems().Select(i => ($"polozka:{i.Code}", $"{ItemRules.LevelName(i.Level)} {i.Code} {i.Title}")),
    ];

    public async Task<OperationResult> SubmitAsync(int planId, CommentInput input, CancellationToken ct)
    {
        var plan = await plans.ReadAsync(kraj.Kraj.Code, planId, ct);
        if (plan is null) return OperationResult.Missing("Plán neexistuje nebo není zveřejněn.");
        var result = new OperationResult();
        if (!plan.TextInComment || !plans.Open(plan.Row))
        {
            return OperationResult.Invalid("", plan.Row.CommentsFrom is { } from && plan.Row.CommentsTo is { } to
                ? $"Připomínky k plánu lze podávat jen v době připomínkování, od {PlanWords.Date(from)} do {PlanWords.Date(to)}."
                : "Plán teď není v připomínkování: připomínky nelze podávat.");
        }
        var target = (input.Target ?? "").Trim();
        var title = Targets(plan.Text).Where(t => t.Target == target).Select(t => t.Title).FirstOrDefault();
        if (title is null) result.Add("Target", "Vyberte, ke které části plánu připomínka je.");
        Check.Required(result, "Text", input.Text, "text připomínky", MaxText);
        Check.Optional(result, "AuthorName", input.AuthorName, "jméno", 200);
        Check.Optional(result, "Organisation", input.Organisation, "organizace", 200);
        var email = Check.Clean(input.Email)?.ToLowerInvariant();
        if (email is null) result.Add("Email", "Vyplňte e-mail: pošleme na něj odkaz k potvrzení připomínky.");
        else if (email.Length > 254 || !Check.IsEmail(email)) result.Add("Email", "E-mailová adresa není platná.");
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
            return OperationResult.Invalid("Email", $"Z této adresy přišlo k plánu za poslední den už {PerAddressPerDay} připomínek. Další lze podat zítra; více bodů můžete napsat do jedné připomínky.");
        if (recent?.LastHour >= PerPlanPerHour)
            return OperationResult.Invalid("", "K plánu teď přichází příliš mnoho připomínek. Zkuste to prosím za hodinu.");

        var secret = RandomNumberGenerator.GetBytes(32);
        var token = Convert.ToBase64String(secret).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var comment = new PlanComment
        {
            PlanId = planId, Edition = edition, Target = target, TargetTitle = title!, Text = input.Text!.Trim(), AuthorName = Check.Clean(input.AuthorName),
            Organisation = Check.Clean(input.Organisation), Email = email!, TokenHash = Hash(token), CreatedAtUtc = now, Version = 1,
        };
        db.Comments.Add(comment);
        var validUntil = PragueTime.Format(now + ConfirmWithin);
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
        return comment is not null && (comment.ConfirmedAtUtc is not null || clock.GetUtcNow().UtcDateTime - comment.CreatedAtUtc <= ConfirmWithin) ? comment : null;
    }

    /// <summary>Confirms the address: from now the comment counts. Confirming twice is harmless.</summary>
    public async Task<OperationResult> ConfirmAsync(string? token, CancellationToken ct)
    {
        var found = await FindAsync(token, ct);
        if (found is null) return OperationResult.Missing("Odkaz neplatí: je neúplný, nebo vypršel. Připomínku napište prosím znovu.");
        var comment = await db.Comments.SingleAsync(c => c.Id == found.Id, ct);
        comment.ConfirmedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(comment.Id);
    }

    /// <summary>Confirmed comments on a plan (one edition, or all), in the order they were confirmed.</summary>
    public async Task<IReadOnlyList<CommentView>> ListAsync(int planId, int? edition, CancellationToken ct) =>
        await db.Comments.AsNoTracking()
            .Where(c => c.PlanId == planId && c.ConfirmedAtUtc != null && (edition == null || c.Edition == edition))
            .OrderBy(c => c.ConfirmedAtUtc).ThenBy(c => c.Id)
            .Select(c => new CommentView(c.Id, c.Edition, c.Target, c.TargetTitle, c.Text, c.AuthorName, c.Organisation, c.ConfirmedAtUtc!.Value,
                c.Answer, c.Reason, c.Version))
            .ToListAsync(ct);

    /// <summary>The coordinator's answer; a reason is required unless the comment is simply accepted.</summary>
    public async Task<OperationResult> AnswerAsync(string krajCode, int planId, int commentId, CommentAnswer answer, string? reason, int version, CancellationToken ct)
    {
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == commentId && c.PlanId == planId && c.ConfirmedAtUtc != null
            && db.Plans.Any(p => p.Id == planId && p.KrajCode == krajCode), ct);
        if (comment is null) return OperationResult.Missing("Připomínka neexistuje.");
        var result = new OperationResult();
        if (!Enum.IsDefined(answer) || answer == CommentAnswer.Zadna)
            result.Add("Answer", "Vyberte vypořádání: akceptováno, částečně akceptováno, neakceptováno, nebo bere se na vědomí.");
        Check.Optional(result, "Reason", reason, "odůvodnění", MaxText);
        if (answer is CommentAnswer.CastecneAkceptovano or CommentAnswer.Neakceptovano && string.IsNullOrWhiteSpace(reason))
            result.Add("Reason", "U připomínky, která není akceptována celá, napište odůvodnění.");
        if (await db.Snapshots.AnyAsync(s => s.PlanId == planId && s.Edition == comment.Edition && s.Stage == SnapshotStage.Pripominkovani
                && s.SettlementPublishedAtUtc != null, ct))
            result.Add("", "Vypořádání připomínek už je zveřejněno; odpovědi se nemění.");
        if (!result.Ok) return result;
        if (comment.Version != version) return OperationResult.Stale();
        comment.Answer = answer;
        comment.Reason = Check.Clean(reason);
        comment.AnsweredAtUtc = clock.GetUtcNow().UtcDateTime;
        comment.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Stale();
        }
        return OperationResult.Success(comment.Id);
    }

    /// <summary>How many confirmed comments of the edition still wait for an answer.</summary>
    public Task<int> UnansweredAsync(int planId, int edition, CancellationToken ct) =>
        db.Comments.CountAsync(c => c.PlanId == planId && c.Edition == edition && c.ConfirmedAtUtc != null && c.Answer == CommentAnswer.Zadna, ct);

    /// <summary>
    /// Publishes the settlement of the edition's comments once every one is answered and the comment period is over,
    /// and e-mails each writer their answer (in the same transaction: all or nothing).
    /// </summary>
    public async Task<OperationResult> PublishSettlementAsync(string krajCode, int planId, int edition, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId && p.KrajCode == krajCode, ct);
        var snapshot = plan is null ? null
            : await db.Snapshots.SingleOrDefaultAsync(s => s.PlanId == planId && s.Edition == edition && s.Stage == SnapshotStage.Pripominkovani, ct);
        if (plan is null || snapshot is null) return OperationResult.Missing("Plán nebo jeho připomínkování neexistuje.");
        if (snapshot.SettlementPublishedAtUtc is not null) return OperationResult.Invalid("", "Vypořádání připomínek už je zveřejněno.");
        if (plan.Edition == edition && plan.State == PlanState.Pripominkovani)
            return OperationResult.Invalid("", "Připomínkování ještě neskončilo: vypořádání lze zveřejnit, až ho ukončíte.");
        var unanswered = await UnansweredAsync(planId, edition, ct);
        if (unanswered > 0)
            return OperationResult.Invalid("", $"Bez odpovědi jsou ještě {unanswered} připomínky: vypořádání lze zveřejnit, až budou zodpovězeny všechny.");

        var now = clock.GetUtcNow().UtcDateTime;
        snapshot.SettlementPublishedAtUtc = now;
        var comments = await db.Comments.Where(c => c.PlanId == planId && c.Edition == edition && c.ConfirmedAtUtc != null).ToListAsync(ct);
        var url = urls.Absolute($"/{kraj.Kraj.Slug}/plany/{planId}/vyporadani/{edition}");
        await outbox.EnqueueAsync(comments.Select(c => new NotificationRequest(krajCode, new Recipient(c.Email, c.AuthorName),
            new PlanCommentAnswered(plan.Title, c.TargetTitle, c.Text, AnswerName(c.Answer), c.Reason, url), Key: $"plan:{planId}:comment:{c.Id}:answer")).ToList(), ct);
        foreach (var c in comments) c.NotifiedAtUtc = now;
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(planId);
    }

    /// <summary>The published settlement of an edition's comments, or null when it is not published (or no such plan here).</summary>
    public async Task<(string PlanTitle, DateTime PublishedAtUtc, IReadOnlyList<CommentView> Comments)?> SettlementAsync(string krajCode, int planId, int edition, CancellationToken ct)
    {
        var published = await db.Snapshots.AsNoTracking()
            .Where(s => s.PlanId == planId && s.Edition == edition && s.Stage == SnapshotStage.Pripominkovani && s.SettlementPublishedAtUtc != null)
            .Join(db.Plans.Where(p => p.KrajCode == krajCode), s => s.PlanId, p => p.Id, (s, p) => new { p.Title, s.SettlementPublishedAtUtc })
            .SingleOrDefaultAsync(ct);
        if (published is null) return null;
        return (published.Title, published.SettlementPublishedAtUtc!.Value, await ListAsync(planId, edition, ct));
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
