using System.ComponentModel.DataAnnotations;

namespace Kpss.Modules.Abstractions;

/// <summary>Checks of entered text shared by the modules, with the Czech messages they give.</summary>
public static class Check
{
    private static readonly EmailAddressAttribute EmailFormat = new();

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static bool IsEmail(string? value) =>
        value is not null && value.Length <= 320 && value.Contains('@') && EmailFormat.IsValid(value) && !value.Contains(' ');

    public static bool IsWebUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public static void Required(OperationResult result, string field, string? value, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            result.Add(field, $"Vyplňte {label}.");
        else if (value.Trim().Length > maxLength)
            result.Add(field, $"{char.ToUpperInvariant(label[0])}{label[1..]} může mít nejvýše {maxLength} znaků.");
    }

    public static void Optional(OperationResult result, string field, string? value, string label, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
            result.Add(field, $"{char.ToUpperInvariant(label[0])}{label[1..]} může mít nejvýše {maxLength} znaků.");
    }
}
