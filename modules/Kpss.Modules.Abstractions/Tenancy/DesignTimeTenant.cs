namespace Kpss.Modules.Abstractions.Tenancy;

/// <summary>For design-time DbContext factories (<c>dotnet ef</c>), which never query.</summary>
public sealed class DesignTimeTenant : ITenantContext
{
    public string? KrajCode => null;
    public bool IsPlatformWide => true;
}
