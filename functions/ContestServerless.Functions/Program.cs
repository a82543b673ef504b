using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Setup;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<NoStoreMiddleware>();
builder.UseMiddleware<StorageFaultMiddleware>();
builder.UseWhen<SignInMiddleware>(SignInMiddleware.Guards);
builder.UseMiddleware<ContestDirectoryMiddleware>();
builder.Configuration.AddContestDefaults();
builder.Services.AddContestApp();
builder.Services.AddContestTelemetry(builder.Configuration);

builder.Build().Run();
