using Kpss.Plugins.Abstractions;

namespace Kpss.Plans.UseCases.AdoptPlanFormat;

/// <summary>What taking over a format would change in a plan, in Czech: <see cref="Changes"/> to the format itself,
/// <see cref="Warnings"/> where the plan's content meets it (a chapter with text the new format lacks, a kind of priority it does not know).</summary>
internal sealed record FormatDifference(IReadOnlyList<string> Changes, IReadOnlyList<string> Warnings);

/// <summary>
/// Compares a plan's own format with another (the kraj's current one) and makes the format the plan takes over: the
/// other one, with every chapter of the plan's own that has text and that the other lacks kept after its chapters (not
/// mandatory), so no text is lost.
/// </summary>
internal static class FormatComparison
{
    public static FormatDifference Compare(PlanFormat mine, PlanFormat other, IReadOnlySet<string> writtenChapters, IReadOnlySet<string> usedCategories)
    {
        var changes = new List<string>();
        var warnings = new List<string>();
        var before = mine.Chapters.ToDictionary(c => c.Key);
        var after = other.Chapters.ToDictionary(c => c.Key);
        foreach (var c in other.Chapters.Where(c => !before.ContainsKey(c.Key)))
            changes.Add(PlanWords.FormatChapterAdded(c.Title, c.Mandatory));
        foreach (var c in mine.Chapters.Where(c => !after.ContainsKey(c.Key)))
        {
            if (writtenChapters.Contains(c.Key)) warnings.Add(PlanWords.FormatChapterKept(c.Title));
            else changes.Add(PlanWords.FormatChapterRemoved(c.Title));
        }
        foreach (var c in other.Chapters.Where(c => before.ContainsKey(c.Key)))
        {
            var old = before[c.Key];
            if (old.Title != c.Title) changes.Add(PlanWords.FormatChapterRenamed(old.Title, c.Title));
            if (old.Mandatory != c.Mandatory) changes.Add(PlanWords.FormatChapterMandatory(c.Title, c.Mandatory));
            if (old.Purpose != c.Purpose) changes.Add(PlanWords.FormatChapterPurpose(c.Title, PlanWords.Purpose(c.Purpose)));
            if (old.Guidance != c.Guidance) changes.Add(PlanWords.FormatChapterGuidance(c.Title));
        }
        var common = mine.Chapters.Select(c => c.Key).Where(after.ContainsKey).ToList();
        if (!common.SequenceEqual(other.Chapters.Select(c => c.Key).Where(before.ContainsKey)))
            changes.Add(PlanWords.FormatChapterOrder);

        var categories = mine.PriorityCategories.ToDictionary(c => c.Key);
        foreach (var c in other.PriorityCategories.Where(c => !categories.ContainsKey(c.Key)))
            changes.Add(PlanWords.FormatCategoryAdded(c.Title));
        foreach (var c in mine.PriorityCategories.Where(c => other.PriorityCategories.All(o => o.Key != c.Key)))
        {
            changes.Add(PlanWords.FormatCategoryRemoved(c.Title));
            if (usedCategories.Contains(c.Key)) warnings.Add(PlanWords.FormatCategoryInUse(c.Title));
        }
        if (mine.Numbering != other.Numbering)
            changes.Add(PlanWords.FormatNumbering(PlanFormats.Code(mine.Numbering, [2, 1, 3]), PlanFormats.Code(other.Numbering, [2, 1, 3])));
        foreach (var f in other.MandatoryMeasureFields.Except(mine.MandatoryMeasureFields))
            changes.Add(PlanWords.FormatFieldRequired(PlanWords.Field(f)));
        foreach (var f in mine.MandatoryMeasureFields.Except(other.MandatoryMeasureFields))
            changes.Add(PlanWords.FormatFieldOptional(PlanWords.Field(f)));
        if (mine.CommentPeriodDays != other.CommentPeriodDays)
            changes.Add(PlanWords.FormatCommentDays(mine.CommentPeriodDays, other.CommentPeriodDays));
        if (mine.ActionPlanApprovalMonth != other.ActionPlanApprovalMonth)
            changes.Add(PlanWords.FormatApprovalMonth(mine.ActionPlanApprovalMonth, other.ActionPlanApprovalMonth));
        return new FormatDifference(changes, warnings);
    }

    /// <summary>Whether taking <paramref name="other"/> over would change the plan's format at all.</summary>
    public static bool WouldChange(PlanFormat mine, PlanFormat other, IReadOnlySet<string> writtenChapters) =>
        PlanFormats.Serialize(Merge(mine, other, writtenChapters)) != PlanFormats.Serialize(mine);

    /// <summary>The format the plan takes over: <paramref name="other"/>, with the plan's written chapters it lacks kept.</summary>
    public static PlanFormat Merge(PlanFormat mine, PlanFormat other, IReadOnlySet<string> writtenChapters)
    {
        var last = other.Chapters.Count == 0 ? 0 : other.Chapters.Max(c => c.Order);
        var kept = mine.Chapters.Where(c => writtenChapters.Contains(c.Key) && other.Chapters.All(o => o.Key != c.Key))
            .Select((c, i) => c with { Mandatory = false, Order = last + 1 + i });
        return other with { Chapters = [.. other.Chapters, .. kept] };
    }
}
