using Kpss.Host.Platform;
using Kpss.Host.Platform.Cli;

var verb = CliVerb.Parse(args);
var builder = WebApplication.CreateBuilder(verb is null ? args : []);
builder.AddKpssPlatform();
var app = builder.Build();

if (verb is not null)
    return await verb.RunAsync(app);

await app.PrepareKpssAsync();
app.UseKpssPlatform();
await app.RunAsync();
return 0;

public partial class Program;
