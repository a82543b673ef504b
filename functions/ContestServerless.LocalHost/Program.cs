using ContestServerless.LocalHost;

var app = LocalHostApp.Build(args);
app.Run();
