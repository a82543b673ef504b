using ContestServerless.Functions.Setup;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

builder.ConfigureFunctionsWebApplication();
builder.Configuration.AddContestDefaults();
builder.Services.AddContestApp();

builder.Build().Run();
