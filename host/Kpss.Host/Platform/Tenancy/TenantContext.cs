using Kpss.Modules.Abstractions.Tenancy;

namespace Kpss.Host.Platform.Tenancy;

/// <summary>
/// The request's kraj, set by <see cref="TenantMiddleware"/> from the route. Platform-wide access is opened only
/// explicitly, for a bounded piece of code (<see cref="BeginPlatformWide"/>).
/// </summary>
public sealed class TenantContext : ITenantContext, ITenantScopes
{
    private int _platformWideDepth;

    public string? KrajCode { get; private set; }

    public bool IsPlatformWide => _platformWideDepth > 0;

    public void SetKraj(string krajCode)
    {
        if (KrajCode is not null && KrajCode != krajCode)
            throw new InvalidOperationException($"The request's kraj is already {KrajCode}.");
        KrajCode = krajCode;
    }

    public void ActIn(string krajCode) => SetKraj(krajCode);

    public IDisposable BeginPlatformWide()
    {
        _platformWideDepth++;
        return new Scope(this);
    }

    public static TenantContext PlatformWide()
    {
        var t = new TenantContext();
        t._platformWideDepth = 1;
        return t;
    }

    private sealed class Scope(TenantContext owner) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            owner._platformWideDepth--;
        }
    }
}
