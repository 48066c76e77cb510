using Kpss.Modules.Abstractions.PersonalData;
using Kpss.Modules.Abstractions.Time;

namespace Kpss.Plans.PersonalData;

/// <summary>
/// What Plans holds about a person: the public comments they sent (with their name, organisation and address) and the
/// answers to them. Erasure removes the name, organisation and address; the comment's text and its answer stay in the
/// plan's settlement, signed "anonymizovaný účastník".
/// </summary>
internal sealed class PlansPersonalData(PlansDbContext db) : IPersonalData
{
    public string Title => "Plány a připomínky";

    public async Task<IReadOnlyList<PersonalDataItem>> FindAsync(string email, CancellationToken ct)
    {
        var lower = PersonalDataWords.Normalise(email);
        // Through the plan: its kraj filter keeps a regional admin to the kraj's plans.
        var comments = await Comments(lower).AsNoTracking()
            .Join(db.Plans, c => c.PlanId, p => p.Id, (c, p) => new { c, Plan = p.Title }).OrderBy(x => x.c.CreatedAtUtc).ToListAsync(ct);
        return comments.Select(x => new PersonalDataItem("Připomínka k plánu",
            $"{x.Plan}: {x.c.TargetTitle} ({PragueTime.Format(x.c.CreatedAtUtc)}) — {PlanComments.AnswerName(x.c.Answer)}",
            new Dictionary<string, string?>
            {
                ["Plán"] = x.Plan, ["Část plánu"] = x.c.TargetTitle, ["Text"] = x.c.Text, ["Jméno"] = x.c.AuthorName, ["Organizace"] = x.c.Organisation,
                ["E-mail"] = x.c.Email, ["Odesláno"] = PragueTime.Format(x.c.CreatedAtUtc),
                ["Potvrzeno"] = x.c.ConfirmedAtUtc is { } c ? PragueTime.Format(c) : null, ["Vypořádání"] = PlanComments.AnswerName(x.c.Answer),
                ["Odůvodnění"] = x.c.Reason,
            })).ToList();
    }

    public async Task<int> EraseAsync(string email, CancellationToken ct)
    {
        var lower = PersonalDataWords.Normalise(email);
        var plans = db.Plans.Select(p => p.Id);
        var comments = await Comments(lower).Where(c => plans.Contains(c.PlanId)).ToListAsync(ct);
        foreach (var c in comments)
            (c.AuthorName, c.Organisation, c.Email) = (PersonalDataWords.Anonymised, null, "");
        await db.SaveChangesAsync(ct);
        return comments.Count;
    }

    private IQueryable<Domain.PlanComment> Comments(string lower) => db.Comments.Where(c => c.Email.ToLower() == lower);
}
