// Namespaces nearly every test file reads: the functions' set-up, configuration, the test toolkit (ContestStack,
// Entrant, TestFiles…), the fake clock and HTTP status codes. Named once here instead of at the top of each file.
global using System.Net;
global using ContestServerless.Functions.Setup;
global using ContestServerless.Tests.Infrastructure;
global using Microsoft.Extensions.Configuration;
global using Microsoft.Extensions.Time.Testing;
