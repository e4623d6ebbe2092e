using System.Text;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.EntityFrameworkCore.Conversion;
using Bimtek.Domain.EntityFrameworkCore.Records;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Bimtek.Domain.EntityFrameworkCore;

/// <summary>
/// The mapping of the package's aggregates, separate from <see cref="BimtekDbContext"/> so a host can fold it into its
/// own context: call <see cref="ApplyBimtekConfiguration"/> in <c>OnModelCreating</c> and
/// <see cref="ApplyBimtekConventions"/> in <c>ConfigureConventions</c>.
/// </summary>
/// <remarks>Tables are named <c>bimtek_*</c>, columns in snake_case. Programmes and schedules are documents in the
/// core's strict JSON form (<c>jsonb</c> on PostgreSQL, text on SQLite); rosters, enrolments, their status history,
/// attendance per participant and item, results, certificates, development on record elsewhere (SIASN) and certificate
/// counters are rows.</remarks>
public static class BimtekModelBuilderExtensions
{
    /// <summary>Maps the package's aggregates into the model.</summary>
    /// <param name="modelBuilder">The model builder.</param>
    /// <param name="context">The context being built (its provider decides the column types).</param>
    /// <returns>The same model builder.</returns>
    public static ModelBuilder ApplyBimtekConfiguration(this ModelBuilder modelBuilder, DbContext context)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(context);
        var json = context.Database.IsNpgsql() ? "jsonb" : null;

        modelBuilder.Entity<ProgrammeRecord>(e =>
        {
            e.ToTable("bimtek_programmes").HasKey(p => p.Code);
            e.Property(p => p.Status).HasConversion(DomainConverters.EnumName<ProgrammeStatus>());
            e.Property(p => p.Document).HasColumnType(json);
        });

        modelBuilder.Entity<ScheduleRecord>(e =>
        {
            e.ToTable("bimtek_schedules").HasKey(s => s.Name);
            e.HasIndex(s => s.ProgrammeCode);
            e.Property(s => s.Document).HasColumnType(json);
        });

        MapRosters(modelBuilder, json);
        MapAttendance(modelBuilder);
        MapResults(modelBuilder, json);
        MapCertificates(modelBuilder);
        MapDevelopmentRecords(modelBuilder);

        modelBuilder.Entity<PersonalDataRecord>(e =>
        {
            e.ToTable("bimtek_personal_data").HasKey(p => p.Nip);
            e.Property(p => p.Nip).HasConversion(DomainConverters.Nip);
        });

        SnakeCaseColumns(modelBuilder);
        return modelBuilder;
    }

    /// <summary>Registers the conventions the mapping needs on the context's provider: NodaTime types as ISO text and
    /// ticks on SQLite (PostgreSQL maps them natively through <c>UseNodaTime()</c>).</summary>
    /// <param name="configurationBuilder">The conventions builder.</param>
    /// <param name="context">The context being built.</param>
    /// <returns>The same builder.</returns>
    public static ModelConfigurationBuilder ApplyBimtekConventions(this ModelConfigurationBuilder configurationBuilder, DbContext context)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Database.IsNpgsql())
        {
            SqliteNodaTimeConverters.Apply(configurationBuilder);
        }

        return configurationBuilder;
    }

    private static void MapRosters(ModelBuilder modelBuilder, string? json)
    {
        modelBuilder.Entity<RosterRecord>(e =>
        {
            e.ToTable("bimtek_rosters").HasKey(r => r.SessionId);
            e.Property(r => r.WaitlistPolicy).HasConversion(DomainConverters.EnumName<WaitlistPolicy>());
            e.Property(r => r.ProvinceQuotas).HasColumnType(json);
            e.Property(r => r.PositionPriority).HasColumnType(json);
            e.Property(r => r.Version).IsConcurrencyToken();
            e.Ignore(r => r.MovesSaved);
            e.HasMany(r => r.Entries).WithOne().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<EnrolmentRecord>(e =>
        {
            e.ToTable("bimtek_enrolments").HasKey(x => new { x.SessionId, x.Arrival });
            e.Property(x => x.Arrival).ValueGeneratedNever();
            e.HasIndex(x => x.Nip);
            e.Property(x => x.Nip).HasConversion(DomainConverters.Nip);
            e.Property(x => x.PositionKind).HasConversion(DomainConverters.EnumName<PositionKind>());
            e.Property(x => x.AgencyRegion).HasConversion(DomainConverters.RegionCode);
            e.Property(x => x.AgencyLevel).HasConversion(DomainConverters.EnumName<AgencyLevel>());
            e.Property(x => x.NominatedByRegion).HasConversion(DomainConverters.RegionCode);
            e.Property(x => x.NominatedByLevel).HasConversion(DomainConverters.EnumName<AgencyLevel>());
            e.Property(x => x.Status).HasConversion(DomainConverters.EnumName<EnrolmentStatus>());
        });

        modelBuilder.Entity<EnrolmentChangeRecord>(e =>
        {
            e.ToTable("bimtek_enrolment_changes").HasKey(x => x.Id);
            e.HasIndex(x => new { x.SessionId, x.Arrival });
            e.Property(x => x.Nip).HasConversion(DomainConverters.Nip);
            e.Property(x => x.Status).HasConversion(DomainConverters.EnumName<EnrolmentStatus>());
        });
    }

    private static void MapAttendance(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AttendanceRecord>(e =>
        {
            e.ToTable("bimtek_attendance").HasKey(a => new { a.SessionId, a.Nip });
            e.Property(a => a.Nip).HasConversion(DomainConverters.Nip);
            e.Property(a => a.AttendedJp).HasConversion(DomainConverters.LessonHours);
            e.Property(a => a.ApplicableJp).HasConversion(DomainConverters.LessonHours);
            e.Property(a => a.AttendancePercent).HasConversion(DomainConverters.Percentage).HasPrecision(5, 2);
            e.HasMany(a => a.Items).WithOne().HasForeignKey(i => new { i.SessionId, i.Nip }).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AttendanceItemRecord>(e =>
        {
            e.ToTable("bimtek_attendance_items").HasKey(i => new { i.SessionId, i.Nip, i.ItemIndex });
            e.Property(i => i.ItemIndex).ValueGeneratedNever();
            e.Property(i => i.Nip).HasConversion(DomainConverters.Nip);
            e.Property(i => i.Kind).HasConversion(DomainConverters.EnumName<AgendaItemKind>());
            e.Property(i => i.Jp).HasConversion(DomainConverters.LessonHours);
            e.Property(i => i.Status).HasConversion(DomainConverters.EnumName<ItemAttendanceStatus>());
        });
    }

    private static void MapResults(ModelBuilder modelBuilder, string? json)
    {
        modelBuilder.Entity<ResultRecord>(e =>
        {
            e.ToTable("bimtek_results").HasKey(r => new { r.SessionId, r.Nip });
            e.Property(r => r.Nip).HasConversion(DomainConverters.Nip);
            e.Property(r => r.Region).HasConversion(DomainConverters.RegionCode);
            e.Property(r => r.PreTest).HasConversion(DomainConverters.Score).HasPrecision(5, 2);
            e.Property(r => r.PostTest).HasConversion(DomainConverters.Score).HasPrecision(5, 2);
            e.Property(r => r.FinalScore).HasConversion(DomainConverters.Score).HasPrecision(5, 2);
            e.Property(r => r.AttendancePercent).HasConversion(DomainConverters.Percentage).HasPrecision(5, 2);
            e.Property(r => r.Position).HasConversion(DomainConverters.EnumName<PositionKind>());
            e.Property(r => r.Assessed).HasColumnType(json);
            e.Property(r => r.EvaluationsDone).HasColumnType(json);
        });
    }

    private static void MapCertificates(ModelBuilder modelBuilder)
    {
        // The core's Certificate is mapped as it is: EF binds its public constructor.
        modelBuilder.Entity<Certificate>(e =>
        {
            e.ToTable("bimtek_certificates").HasKey(c => c.Number);
            e.Ignore(c => c.Year);
            e.Property(c => c.Holder).HasConversion(DomainConverters.Nip);
            e.Property(c => c.Centre).HasConversion(DomainConverters.CentreCode);
            e.Property(c => c.Jp).HasConversion(DomainConverters.LessonHours);
            e.Property(c => c.VerificationCode);
            e.Property(c => c.ProgrammeCode);
            e.Property(c => c.IssuedOn);

            // One certificate per official per programme (CertificateRuleCodes.AlreadyIssued), held by the database too.
            e.HasIndex(c => new { c.Holder, c.ProgrammeCode }).IsUnique();

            // The ledger sums JP per official within a year's dates.
            e.HasIndex(c => new { c.IssuedOn, c.Holder });
        });

        modelBuilder.Entity<CertificateCounterRecord>(e =>
        {
            e.ToTable("bimtek_certificate_counters").HasKey(c => new { c.Centre, c.Year, c.ProgrammeCode });
            e.Property(c => c.Centre).HasConversion(DomainConverters.CentreCode);
            e.Property(c => c.Year).ValueGeneratedNever();
        });
    }

    private static void MapDevelopmentRecords(ModelBuilder modelBuilder)
    {
        // The core's DevelopmentRecord (e.g. SIASN's riwayat kursus) is mapped as it is, with a key of the database's
        // own: two courses of the same JP in one year are two records, not one.
        modelBuilder.Entity<DevelopmentRecord>(e =>
        {
            e.ToTable("bimtek_development_records");
            e.Property<long>("Id").ValueGeneratedOnAdd();
            e.HasKey("Id");
            e.Property(r => r.Holder).HasConversion(DomainConverters.Nip);
            e.Property(r => r.Year).ValueGeneratedNever();
            e.Property(r => r.Jp).HasConversion(DomainConverters.LessonHours);
            e.Property(r => r.Source);

            // The ledger sums JP per official within a year, beside the certificates.
            e.HasIndex(r => new { r.Year, r.Holder });
            e.HasIndex(r => new { r.Source, r.Holder });
        });
    }

    private static void SnakeCaseColumns(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.GetTableName()?.StartsWith("bimtek_", StringComparison.Ordinal) != true)
            {
                continue;
            }

            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    internal static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
