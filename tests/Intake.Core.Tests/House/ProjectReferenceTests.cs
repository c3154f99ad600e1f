using System.Xml.Linq;
using Intake.Core.Tests.Support;

namespace Intake.Core.Tests.House;

/// <summary>The domain's unit tests stand on the domain alone: no storage, no emulator launcher, no bench.</summary>
public sealed class ProjectReferenceTests
{
    [Fact]
    public void TheCoreTestsReferenceNoProjectButIntakeCore()
    {
        var project = XDocument.Load(Path.Combine(RepositoryPaths.Root, "tests", "Intake.Core.Tests", "Intake.Core.Tests.csproj"));

        var references = project.Descendants("ProjectReference").Select(r => Path.GetFileName((string)r.Attribute("Include")!)).ToList();

        Assert.Equal(["Intake.Core.csproj"], references);
    }

    [Fact]
    public void NoInfrastructureAssemblyIsLoadedByTheCoreTests()
    {
        var referenced = typeof(ProjectReferenceTests).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain(referenced, name => name is "Intake.Storage" or "Intake.Local" or "Intake.Bench" or "Intake.Web" or "intake");
    }
}
