using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Kpss.Testing;

namespace Kpss.Host.Tests.Infrastructure;

/// <summary>
/// Debian's nginx, started by the test with the site the repository ships (<c>deploy/nginx/kpss.conf</c>) as it is,
/// but for its listening ports, its certificate (a self-signed one made here) and the host's port: TLS ends in nginx,
/// which forwards to the host on loopback. Every replaced line must be in the shipped file, so a change there that the
/// test would not follow fails it.
/// </summary>
public sealed class Nginx : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private Nginx(Process process, string folder, int httpPort, int httpsPort, X509Certificate2 certificate)
    {
        _process = process;
        _folder = folder;
        HttpPort = httpPort;
        HttpsPort = httpsPort;
        Certificate = certificate;
    }

    public int HttpPort { get; }

    public int HttpsPort { get; }

    public X509Certificate2 Certificate { get; }

    /// <summary>The site's name as a browser would use it (the clients connect to loopback whatever the name says).</summary>
    public const string SiteName = "kpss.example.cz";

    public string HttpsUrl => $"https://{SiteName}:{HttpsPort}";

    public string HttpUrl => $"http://{SiteName}:{HttpPort}";

    public static string ShippedSite => Path.Combine(RepoPaths.Root, "deploy", "nginx", "kpss.conf");

    public static async Task<Nginx> StartAsync(int hostPort)
    {
        var folder = RepoPaths.NewTempDirectory("kpss-nginx");
        var (httpPort, httpsPort) = (FreePort(), FreePort());
        var certificate = SelfSigned();
        await File.WriteAllTextAsync(Path.Combine(folder, "cert.pem"), certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(Path.Combine(folder, "key.pem"), certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());

        var site = await File.ReadAllTextAsync(ShippedSite);
        foreach (var (shipped, here) in new[]
                 {
                     ("listen 80;", $"listen 127.0.0.1:{httpPort};"), ("listen [::]:80;", ""),
                     ("listen 443 ssl http2;", $"listen 127.0.0.1:{httpsPort} ssl http2;"), ("listen [::]:443 ssl http2;", ""),
                     ("/etc/ssl/kpss/fullchain.pem", Path.Combine(folder, "cert.pem")), ("/etc/ssl/kpss/privkey.pem", Path.Combine(folder, "key.pem")),
                     ("server 127.0.0.1:5080;", $"server 127.0.0.1:{hostPort};"),
                 })
        {
            Assert.True(site.Contains(shipped, StringComparison.Ordinal), $"{ShippedSite} no longer has '{shipped}': follow the change in this test");
            site = site.Replace(shipped, here, StringComparison.Ordinal);
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "site.conf"), site);
        // The main context an operator's /etc/nginx/nginx.conf gives the site, with every path in the test's folder.
        var main = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(main, $$"""
            worker_processes 1;
            user root;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 128; }
            http {
                access_log {{folder}}/access.log;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/site.conf;
            }
            """);

        var process = Process.Start(new ProcessStartInfo(File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx", ["-c", main, "-p", folder, "-g", "daemon off;"])
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
        }) ?? throw new InvalidOperationException("nginx did not start");
        var nginx = new Nginx(process, folder, httpPort, httpsPort, certificate);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await ListensAsync(httpsPort))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"nginx did not listen on {httpsPort}: {await process.StandardError.ReadToEndAsync()}" +
                    (File.Exists(Path.Combine(folder, "error.log")) ? File.ReadAllText(Path.Combine(folder, "error.log")) : ""));
            await Task.Delay(100);
        }
        return nginx;
    }

    /// <summary>A client of the proxy (or of anything on loopback) whose connections come from <paramref name="localAddress"/>
    /// (127.0.0.0/8 is all loopback) and go to 127.0.0.1 at the URL's port whatever its name (so the host and nginx see
    /// the site's name, as behind a real domain), trusting the proxy's certificate only, keeping cookies, not following redirects.</summary>
    public HttpClient ClientFrom(string localAddress, string? baseUrl = null) => ClientFrom(localAddress, Certificate, baseUrl ?? HttpsUrl);

    public static HttpClient ClientFrom(string localAddress, X509Certificate2? trusted, string baseUrl)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        if (trusted is not null)
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is not null && certificate.GetCertHashString() == trusted.GetCertHashString();
        return new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Certificate.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> ListensAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=kpss.example.cz", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("kpss.example.cz");
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pkcs12), null);
    }
}
