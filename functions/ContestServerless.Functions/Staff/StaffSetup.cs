using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace ContestServerless.Functions.Staff;

public static class StaffSetup
{
    /// <summary>The staff list and the roles it grants at sign-in.</summary>
    public static IServiceCollection AddStaff(this IServiceCollection services)
    {
        services.AddOptionsValue<StaffOptions>();
        services.AddScoped<StaffService>();
        return services;
    }
}
