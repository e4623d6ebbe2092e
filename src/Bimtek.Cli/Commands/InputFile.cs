using Bimtek.Domain.Calendar;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;

namespace Bimtek.Cli.Commands;

/// <summary>Reads the JSON files the commands take; any failure becomes a one-line usage error (exit 2) naming the file.</summary>
internal static class InputFile
{
    public static Programme ReadProgramme(FileInfo file) =>
        Read(file, stream => BimtekJson.DeserializeProgramme(stream, file.Name));

    /// <summary>Reads a schedule; its programme is <paramref name="programme"/> when the codes match, else an embedded one.</summary>
    public static Schedule ReadSchedule(CliContext context, FileInfo file, Programme? programme) =>
        Read(file, stream => BimtekJson.DeserializeSchedule(
            new StreamReader(stream).ReadToEnd(),
            file.Name,
            code => programme is not null && programme.Code == code ? programme
                : EmbeddedProgrammes.Codes.Contains(code) ? EmbeddedProgrammes.Load(code)
                : null,
            context.Get<IWorkingCalendar>().LessonHourLength));

    private static T Read<T>(FileInfo file, Func<Stream, T> read)
    {
        try
        {
            using var stream = file.OpenRead();
            return read(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read {file.Name}: {ex.Message}");
        }
        catch (BimtekJsonException ex)
        {
            throw new CliUsageException(ex.Message);
        }
    }
}
