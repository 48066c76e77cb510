using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Kpss.Host.Platform.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Host.Tests;

/// <summary>The host with its data-protection keys encrypted by a certificate (a fresh self-signed one in a PFX file).</summary>
public sealed class EncryptedKeysHost : KpssAppFactory
{
    public const string Admin = "admin.dp@test.kpss.example";
    private readonly string _certificatePath = Path.Combine(Path.GetTempPath(), $"kpss-dp-{Guid.NewGuid():N}.pfx");

    public EncryptedKeysHost()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=kpss-test-data-protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(_certificatePath, certificate.Export(X509ContentType.Pfx, "heslo-certifikatu"));
        Settings["DataProtection:CertificatePath"] = _certificatePath;
        Settings["DataProtection:CertificatePassword"] = "heslo-certifikatu";
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync(Admin, KpssRoles.RegionalAdmin, "CZ031");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_certificatePath);
    }
}

public sealed class DataProtectionTests(EncryptedKeysHost app) : IClassFixture<EncryptedKeysHost>
{
    private static async Task<List<string>> KeysAsync(KpssAppFactory host) =>
        await host.InKrajAsync(null, sp => sp.GetRequiredService<PlatformDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync());

    [Fact]
    public async Task WithACertificate_TheStoredKeysAreEncrypted_AndSignInStillWorks()
    {
        var admin = await app.SignedInClientAsync(EncryptedKeysHost.Admin);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/kraje/jihocesky/pluginy")).StatusCode);
        var keys = await KeysAsync(app);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal));
        Assert.All(keys, xml => Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal));
    }

    [Fact]
    public void AMissingOrLockedCertificate_StopsTheStartWithACzechMessage()
    {
        var missing = Assert.Throws<InvalidOperationException>(() => Kpss.Host.Platform.PlatformServices.LoadKeyCertificate("/nikde/klic.pfx", null));
        Assert.Equal("DataProtection:CertificatePath: soubor certifikátu /nikde/klic.pfx neexistuje.", missing.Message);

        var path = Path.Combine(Path.GetTempPath(), $"kpss-dp-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        using (var certificate = new CertificateRequest("CN=x", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSelfSigned(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1)))
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "spravne-heslo"));
        try
        {
            var locked = Assert.Throws<InvalidOperationException>(() => Kpss.Host.Platform.PlatformServices.LoadKeyCertificate(path, "spatne-heslo"));
            Assert.StartsWith($"DataProtection:CertificatePath: certifikát {path} nelze otevřít", locked.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
