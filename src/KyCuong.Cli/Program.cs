using System.CommandLine;
using KyCuong.Cli;

var root = new RootCommand("Kỷ Cương – công cụ dòng lệnh / command line");
root.Subcommands.Add(ParseCommand.Create());
root.Subcommands.Add(DatabaseCommands.Migrate());
root.Subcommands.Add(DatabaseCommands.Verify());
return await root.Parse(args).InvokeAsync();
