// What nearly every file of the module uses: its own data, domain and shared pieces, the kernel, EF Core.
global using Kpss.Meetings.Data;
global using Kpss.Meetings.Domain;
global using Kpss.Meetings.Messages;
global using Kpss.Meetings.Shared;
global using Kpss.Modules.Abstractions;
global using Microsoft.EntityFrameworkCore;
