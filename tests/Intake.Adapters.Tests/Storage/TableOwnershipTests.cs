using System.Reflection;
using Azure.Data.Tables;
using Intake.Storage;
using Intake.Storage.Tables;

namespace Intake.Adapters.Tests.Storage;

/// <summary>Nothing outside Intake.Storage can get a table client: the account hands its clients only to the owners.</summary>
public sealed class TableOwnershipTests
{
    private static readonly Type[] ClientTypes = [typeof(TableClient), typeof(TableServiceClient)];

    private static IEnumerable<Type> PublicTypes() =>
        new[] { typeof(IntakeStorage).Assembly, typeof(Intake.Web.IntakeWebOptions).Assembly }.SelectMany(a => a.GetExportedTypes());

    private static bool IsClient(Type type) => ClientTypes.Any(c => c.IsAssignableFrom(type));

    [Fact]
    public void NoPublicMemberHandsOutATableClient()
    {
        const BindingFlags Visible = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var handing = PublicTypes()
            .SelectMany(t => t.GetProperties(Visible).Where(p => IsClient(p.PropertyType)).Select(p => $"{t.Name}.{p.Name}")
                .Concat(t.GetFields(Visible).Where(f => IsClient(f.FieldType)).Select(f => $"{t.Name}.{f.Name}"))
                .Concat(t.GetMethods(Visible).Where(m => !m.IsSpecialName && IsClient(m.ReturnType)).Select(m => $"{t.Name}.{m.Name}()")))
            .ToList();

        Assert.Empty(handing);
    }

    [Fact]
    public void OnlyTheAccountTakesAServiceClientAndNoOwnerTakesATableClient()
    {
        var taking = PublicTypes()
            .SelectMany(t => t.GetConstructors().Cast<MethodBase>().Concat(t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                .Where(m => m.GetParameters().Any(p => IsClient(p.ParameterType)))
                .Select(m => $"{t.Name}.{m.Name}"))
            .Where(name => name != $"{nameof(IntakeStorage)}..ctor")
            .ToList();

        Assert.Empty(taking);
    }

    [Fact]
    public void TheOwnersAreMadeFromTheAccount()
    {
        foreach (var owner in new[] { typeof(SubmissionLedger), typeof(FactStore), typeof(Intake.Storage.Rollups.RollupTables), typeof(Intake.Storage.Rollups.RollupState), typeof(WebUserDirectory) })
        {
            Assert.Contains(owner.GetConstructors(), c => c.GetParameters().Any(p => p.ParameterType == typeof(IntakeStorage)));
        }
    }
}
