using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Bimtek.Domain.EntityFrameworkCore.Migrations;

/// <summary>
/// The migrations of <see cref="BimtekDbContext"/> for the provider in use: PostgreSQL's under
/// <c>Migrations.PostgreSql</c>, SQLite's under <c>Migrations.Sqlite</c>, both in this assembly (EF would otherwise
/// see both sets as one history).
/// </summary>
internal sealed class ProviderMigrationsAssembly : IMigrationsAssembly
{
    private readonly Type _contextType;
    private readonly string _namespace;
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;

    public ProviderMigrationsAssembly(ICurrentDbContext currentContext)
    {
        _contextType = currentContext.Context.GetType();
        _namespace = ForProvider(currentContext.Context.Database);
    }

    public Assembly Assembly => typeof(ProviderMigrationsAssembly).Assembly;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= Find();

    public ModelSnapshot? ModelSnapshot => _snapshot ??= Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(ModelSnapshot)) && t.Namespace == _namespace && Targets(t))
        .Select(t => (ModelSnapshot)Activator.CreateInstance(t)!)
        .FirstOrDefault();

    public static string ForProvider(Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database) =>
        typeof(ProviderMigrationsAssembly).Namespace + (database.IsNpgsql() ? ".PostgreSql" : ".Sqlite");

    public string? FindMigrationId(string nameOrId) => Migrations.Keys
        .Where(id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
                     || string.Equals(id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..], nameOrId, StringComparison.OrdinalIgnoreCase))
        .FirstOrDefault();

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        ArgumentNullException.ThrowIfNull(migrationClass);
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private SortedList<string, TypeInfo> Find()
    {
        var found = new SortedList<string, TypeInfo>(StringComparer.Ordinal);
        foreach (var type in Assembly.GetTypes())
        {
            if (type.IsSubclassOf(typeof(Migration)) && type.Namespace == _namespace && Targets(type)
                && type.GetCustomAttribute<MigrationAttribute>() is { } attribute)
            {
                found.Add(attribute.Id, type.GetTypeInfo());
            }
        }

        return found;
    }

    private bool Targets(Type type) => type.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType;
}
