using Microsoft.AspNetCore.DataProtection;
using OneWindow.SharedKernel.Auditing;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.SharedKernel.Security;
using StackExchange.Redis;

namespace OneWindow.Web.Hosting;

/// <summary>What every module relies on: the clock, the database, the actor, audit, personal-data keys.</summary>
internal static class Platform
{
    public static IServiceCollection AddPlatformCore(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseSettings.FromConfiguration(configuration);
        Directory.CreateDirectory(database.DataDirectory);
        services.AddSingleton(database);
        services.AddSingleton<WriteGate>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentActor, ActorContext>();
        services.AddScoped<AuditingInterceptor>();
        services.AddSingleton(new PersonalDataProtector(LoadPersonalDataKeys(configuration, database)));
        services.AddSingleton<DatabaseStartup>();

        var redis = configuration["OneWindow:Redis"];
        var dataProtection = services.AddDataProtection().SetApplicationName("OneWindow");
        if (!string.IsNullOrWhiteSpace(redis))
        {
            var multiplexer = ConnectionMultiplexer.Connect(redis);
            services.AddSingleton<IConnectionMultiplexer>(multiplexer);
            dataProtection.PersistKeysToStackExchangeRedis(multiplexer, "onewindow:data-protection");
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(database.DataDirectory, "keys", "data-protection")));
        }

        return services;
    }

    /// <summary>Keys from configuration (base64) when set, else a key file in the data directory created on first start.</summary>
    private static PersonalDataKeys LoadPersonalDataKeys(IConfiguration configuration, DatabaseSettings database)
    {
        var sm4 = configuration["OneWindow:Security:Sm4Key"];
        var index = configuration["OneWindow:Security:IndexKey"];
        if (!string.IsNullOrWhiteSpace(sm4) && !string.IsNullOrWhiteSpace(index))
        {
            return new PersonalDataKeys(Convert.FromBase64String(sm4), Convert.FromBase64String(index));
        }

        var file = configuration["OneWindow:Security:KeyFile"] ?? Path.Combine(database.DataDirectory, "keys", "personal-data.json");
        return PersonalDataKeys.LoadOrCreate(file);
    }
}
