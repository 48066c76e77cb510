namespace Kpss.Catalogue.UseCases.ImportRegister;

/// <summary>A change an import made (or would make, in a dry run) to one service.</summary>
internal sealed record ImportChange(string Position, string RegisterId, string Name, string Action, IReadOnlyList<string> ChangedFields);

internal sealed record ImportReport(bool DryRun, bool Applied, IReadOnlyList<string> Errors, IReadOnlyList<ImportChange> Changes)
{
    public int Created => Changes.Count(c => c.Action == "nová");
    public int Updated => Changes.Count(c => c.Action == "změněná");
    public int Unchanged => Changes.Count(c => c.Action == "beze změny");
}

internal sealed record ImportProgress(string Phase, int Done, int Total);
