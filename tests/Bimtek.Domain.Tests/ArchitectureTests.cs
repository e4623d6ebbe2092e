using System.Reflection;
using NetArchTest.Rules;

namespace Bimtek.Domain.Tests;

/// <summary>
/// The concepts in layers, no circles: a concept uses only the layers below it, and concepts on one layer do not use
/// each other. The README's "Layers" diagram draws the same list.
/// </summary>
public class ArchitectureTests
{
    private const string Root = "Bimtek.Domain";

    /// <summary>Lowest first. Each entry is one layer; names on one layer are independent of each other.</summary>
    private static readonly string[][] Layers =
    [
        ["Common"],
        ["Regions"],
        ["Calendar", "Centres"],
        ["Programmes"],
        ["Scheduling"],
        ["Planning", "Participants"],
        ["Attendance", "Assessments"],
        ["Certificates"],
        ["Serialization"],
        ["Seeds"],
    ];

    private static readonly Assembly Package = typeof(RuleCatalogue).Assembly;

    public static TheoryData<string> Concepts() => new(Layers.SelectMany(layer => layer));

    [Theory]
    [MemberData(nameof(Concepts))]
    public void AConcept_UsesOnlyTheLayersBelowIt(string concept)
    {
        var level = Array.FindIndex(Layers, layer => layer.Contains(concept));
        var forbidden = Layers.Skip(level).SelectMany(layer => layer).Where(other => other != concept)
            .Select(other => $"{Root}.{other}")
            .Concat(RootTypes())
            .ToArray();

        var types = Types.InAssembly(Package).That().ResideInNamespace($"{Root}.{concept}");
        types.GetTypes().Should().NotBeEmpty("the rule must have types to hold for");
        var result = types.ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        result.IsSuccessful.Should().BeTrue(
            "{0} may use only the layers below it, but these types use a layer at or above its own: {1}",
            concept,
            string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
    }

    [Fact]
    public void EveryNamespaceOfThePackage_IsOnALayer()
    {
        var namespaces = Package.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith(Root + ".", StringComparison.Ordinal))
            .Select(n => n[(Root.Length + 1)..].Split('.')[0])
            .Distinct();

        namespaces.Should().BeSubsetOf(Layers.SelectMany(layer => layer), "a new concept folder takes its place in the layers");
    }

    [Fact]
    public void Common_UsesNoConcept()
    {
        var concepts = Layers.Skip(1).SelectMany(layer => layer).Select(c => $"{Root}.{c}").ToArray();

        Types.InAssembly(Package).That().ResideInNamespace($"{Root}.Common")
            .ShouldNot().HaveDependencyOnAny(concepts).GetResult().IsSuccessful.Should().BeTrue();
    }

    // The top layer (DependencyInjection and the catalogue of every rule) lives in the root namespace itself.
    private static IEnumerable<string> RootTypes() =>
        Package.GetTypes().Where(t => t.Namespace == Root && t.IsPublic).Select(t => t.FullName!);
}
