using Kpss.Meetings.Api;
using Kpss.Meetings.Data;
using Kpss.Meetings.Features.Meetings;
using Kpss.Meetings.Services;
using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Meetings;

/// <summary>Planning processes, groups, people, meetings, invitations and answers, attendance, minutes, calendar feeds.</summary>
public sealed class MeetingsModule : IModule
{
    public string Name => MeetingsDbContext.SchemaName;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MeetingsOptions>(configuration.GetSection("Meetings"));
        services.AddKpssDbContext<MeetingsDbContext, SqliteMeetingsDbContext, PostgresMeetingsDbContext>(MeetingsDbContext.SchemaName);
        services.AddScoped<Community>();
        services.AddScoped<MeetingPlanner>();
        services.AddScoped<MinutesBook>();
        services.AddScoped<Participation>();
        services.AddSingleton<RsvpTokens>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        MeetingsApi.Map(endpoints);
        CalendarFeeds.Map(endpoints);
    }
}
