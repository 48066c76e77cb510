using Kpss.Modules.Abstractions.Security;
using Kpss.Plugins.Abstractions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Plans.UseCases.ChangeItem;

/// <summary>
/// One item of a plan's strategic part: every field, its money and indicators to change, its place among its siblings,
/// and removing it (asked to confirm first; refused while something is under it).
/// </summary>
[Authorize(Policy = KpssPolicies.KrajCoordinator), NarrowToProcesses]
internal sealed class PlanItemModel(PlanReader reader, PlanFormats formats, Kpss.Modules.Abstractions.Tenancy.IKrajDirectory kraje) : PlansPage
{
    public PlanView Plan { get; private set; } = null!;
    public ItemView Current { get; private set; } = null!;
    public ItemView? Parent { get; private set; }
    public PlanFormat Format { get; private set; } = PlanFormat.Default;

    /// <summary>The kraj's ORP, for the changes of the network.</summary>
    public IReadOnlyList<Kpss.Modules.Abstractions.Tenancy.OrpInfo> Orps => kraje.OrpOf(KrajCode);

    /// <summary>How many items share the parent: the positions the item can take.</summary>
    public int Siblings { get; private set; }

    public bool ConfirmingRemoval { get; private set; }

    [BindProperty]
    public ItemInput Item { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public string PlanUrl => $"/{Kraj.Slug}/plany/priprava/{Plan.Id}";

    public async Task<IActionResult> OnGetAsync(int id, int itemId, CancellationToken ct)
    {
        if (!await LoadAsync(id, itemId, ct)) return NotFound();
        Item = ItemInput.From(Parent?.Id, Current).WithSpareRows(2, 1, 1);
        Version = Plan.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int itemId, [FromServices] UseCases.ChangeItem.ChangeItem change, CancellationToken ct)
    {
        var result = await change.ChangeAsync(KrajCode, id, itemId, Item.WithoutSpareRows(), Version, ct);
        if (result.Ok)
        {
            StatusMessage = string.Join(" ", [PlanWords.Done.ItemSaved, .. result.Warnings]);
            return Redirect($"/{Kraj.Slug}/plany/priprava/{id}#strategie");
        }
        return await ShowAsync(id, itemId, result, ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, int itemId, int position, [FromServices] UseCases.MoveItem.MoveItem move, CancellationToken ct)
    {
        var result = await move.MoveAsync(KrajCode, id, itemId, position, Version, ct);
        if (result.Ok)
        {
            StatusMessage = PlanWords.Done.ItemMoved;
            return Redirect($"/{Kraj.Slug}/plany/priprava/{id}#strategie");
        }
        return await ShowAsync(id, itemId, result, ct, keepForm: false);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int itemId, bool potvrzeno, [FromServices] UseCases.RemoveItem.RemoveItem remove, CancellationToken ct)
    {
        if (!potvrzeno)
        {
            if (!await LoadAsync(id, itemId, ct)) return NotFound();
            Item = ItemInput.From(Parent?.Id, Current).WithSpareRows(2, 1, 1);
            ConfirmingRemoval = true;
            return Page();
        }
        var result = await remove.RemoveAsync(KrajCode, id, itemId, Version, ct);
        if (result.Ok)
        {
            StatusMessage = PlanWords.Done.ItemRemoved;
            return Redirect($"/{Kraj.Slug}/plany/priprava/{id}#strategie");
        }
        return await ShowAsync(id, itemId, result, ct, keepForm: false);
    }

    /// <summary>The page again with the use case's errors: the form as typed (or as stored, after a refused move or removal).</summary>
    private async Task<IActionResult> ShowAsync(int id, int itemId, OperationResult result, CancellationToken ct, bool keepForm = true)
    {
        var typed = Item;
        if (!await LoadAsync(id, itemId, ct)) return NotFound();
        Show(result);
        Item = (keepForm ? typed : ItemInput.From(Parent?.Id, Current)).WithSpareRows(keepForm ? 0 : 2, keepForm ? 0 : 1, keepForm ? 0 : 1);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, int itemId, CancellationToken ct)
    {
        var plan = await reader.ReadAsync(KrajCode, id, ct);
        if (plan?.Find(itemId) is not { } found) return false;
        (Plan, Current, Parent) = (plan, found.Item, found.Parent);
        Siblings = Parent?.Children.Count ?? plan.Priorities.Count;
        Format = await formats.OfAsync(KrajCode, id, ct);
        return true;
    }
}
