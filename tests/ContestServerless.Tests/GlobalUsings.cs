global using ContestServerless.Functions.Setup;
global using Microsoft.Extensions.Configuration;
