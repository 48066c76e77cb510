namespace Kpss.Catalogue.UseCases.ImportRegister;

/// <summary>One service as read from an import file, before validation. <see cref="Position"/> says where it was.</summary>
internal sealed class ImportRecord
{
    public required string Position { get; init; }
    public string? RegisterId { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? ProviderIco { get; set; }
    public string? ProviderName { get; set; }
    public string? ProviderLegalForm { get; set; }
    public string? ProviderSeat { get; set; }
    public string? ProviderStatutoryBody { get; set; }
    public string? ProviderEmail { get; set; }
    public string? ProviderPhone { get; set; }
    public string? ProviderWeb { get; set; }
    public List<(string? Form, List<(int? Value, string? Unit)> Capacities)> Forms { get; } = [];
    public List<string?> TargetGroups { get; } = [];
    public List<(string? Name, string? Address, string? Obec, string? Orp)> Facilities { get; } = [];
    public List<string?> TerritoryOrp { get; } = [];
    public List<string?> TerritoryObce { get; } = [];
    public int? AgeFrom { get; set; }
    public int? AgeTo { get; set; }
    public string? OpeningHours { get; set; }
    public string? Description { get; set; }
    public string? ValidFrom { get; set; }
    public string? ValidTo { get; set; }
}
