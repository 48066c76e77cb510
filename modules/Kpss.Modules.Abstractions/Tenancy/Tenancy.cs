namespace Kpss.Modules.Abstractions.Tenancy;

/// <summary>The kraj the current request (or job) acts in.</summary>
public interface ITenantContext
{
    /// <summary>NUTS 3 code of the current kraj (e.g. <c>CZ031</c>), or null outside a kraj.</summary>
    string? KrajCode { get; }

    /// <summary>True only where code deliberately works across kraje (platform admin pages, jobs, seeding).</summary>
    bool IsPlatformWide { get; }
}

/// <summary>
/// For code outside a request (jobs, demo data): act in one kraj, or deliberately across all of them, for the rest of
/// the current scope.
/// </summary>
public interface ITenantScopes
{
    void ActIn(string krajCode);

    IDisposable BeginPlatformWide();
}

/// <summary>A row that belongs to one kraj. Every DbContext of the platform filters these by the current kraj.</summary>
public interface IKrajOwned
{
    string KrajCode { get; }
}

public sealed record KrajInfo(string Code, string Slug, string Name);

public sealed record OrpInfo(int CsuCode, int RuianCode, string Name, string KrajCode);

/// <summary>The 14 kraje and 205 ORP (reference data, the same for every tenant).</summary>
public interface IKrajDirectory
{
    IReadOnlyList<KrajInfo> Kraje { get; }

    /// <summary>Finds a kraj by its URL slug (<c>jihocesky</c>) or its NUTS 3 code (<c>CZ031</c>), ignoring case.</summary>
    KrajInfo? Find(string slugOrCode);

    IReadOnlyList<OrpInfo> OrpOf(string krajCode);

    /// <summary>An ORP by its ČSÚ code, any kraj.</summary>
    OrpInfo? FindOrp(int csuCode);

    /// <summary>An ORP by name, ignoring case and diacritics ("Jindrichuv Hradec").</summary>
    OrpInfo? FindOrpByName(string name);
}

/// <summary>
/// The kraj the current request acts in, as pages and links need it (code, URL slug, name): the one way every module
/// gets it, instead of looking the tenant's code up in the directory itself.
/// </summary>
public interface ICurrentKraj
{
    /// <summary>The current kraj; throws outside a kraj (a page or endpoint under <c>/{kraj}</c> always has one).</summary>
    KrajInfo Kraj { get; }

    /// <summary>The current kraj, or null outside a kraj.</summary>
    KrajInfo? KrajOrNull { get; }

    /// <summary>The URL slug of any kraj by its code (e.g. for a link to an entity of another scope's kraj).</summary>
    string SlugOf(string krajCode);
}

public static class KrajDirectoryExtensions
{
    /// <summary>The URL slug of a kraj by its code (the code itself for an unknown one).</summary>
    public static string SlugOf(this IKrajDirectory kraje, string krajCode) => kraje.Find(krajCode)?.Slug ?? krajCode;
}

public static class CurrentKrajHttpExtensions
{
    /// <summary>The code of the kraj the request acts in (<see cref="ICurrentKraj"/>), for minimal API handlers.</summary>
    public static string KrajCode(this Microsoft.AspNetCore.Http.HttpContext http) =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ICurrentKraj>(http.RequestServices).Kraj.Code;
}
