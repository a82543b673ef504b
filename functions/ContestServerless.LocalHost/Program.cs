using ContestServerless.LocalHost;

// script/restore runs this program too: a restore needs only the dotnet SDK, no server.
if (args is ["restore", .. var restore]) return await RestoreCommand.RunAsync(restore, Console.Out);

var app = LocalHostApp.Build(args);
app.Run();
return 0;
