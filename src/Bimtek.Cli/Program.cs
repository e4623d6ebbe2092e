using Bimtek.Cli;

return BimtekApp.Run(args, Console.Out, Console.Error);
