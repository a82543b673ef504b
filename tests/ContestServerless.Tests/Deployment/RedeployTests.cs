using System.Text.Json.Nodes;

namespace ContestServerless.Tests.Deployment;

/// <summary>
/// The templates deploy, and deploy again after `azd down`: a region where the plan runs, a Key Vault whose name can be
/// reused, an app that waits for its roles, and a cost cap at the plan's lowest.
/// </summary>
public sealed class RedeployTests
{
    private static async Task<JsonNode> MainAsync() => await Bicep.CompiledMainAsync();

    private static async Task<JsonNode> ParametersFileAsync() =>
        JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Bicep.InfraDirectory, "main.parameters.json")))!["parameters"]!;

    private static JsonObject Resource(JsonNode template, string type) =>
        Bicep.Objects(template).Single(o => o["type"]?.GetValue<string>() == type && o["properties"] is not null);

    [Fact]
    public async Task The_region_is_one_of_those_where_Flex_Consumption_runs_Viet_Nams_nearest_among_them()
    {
        var allowed = (await MainAsync())["parameters"]!["location"]!["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();

        Assert.Contains("southeastasia", allowed);
        Assert.Contains("eastasia", allowed);
        // Regions without the plan (Flex Consumption is not offered in West India or South Africa West).
        Assert.DoesNotContain("westindia", allowed);
        Assert.DoesNotContain("southafricawest", allowed);
    }

    [Fact]
    public async Task The_key_vault_has_no_purge_protection_unless_asked_so_its_name_is_free_again_after_azd_down_purge()
    {
        var main = await MainAsync();
        var vault = Resource(new CompiledTemplate(main).Module("keyvault")["properties"]!["template"]!, "Microsoft.KeyVault/vaults");

        Assert.Equal("[if(parameters('purgeProtection'), true(), null())]", vault["properties"]!["enablePurgeProtection"]!.GetValue<string>());
        Assert.False(main["parameters"]!["keyVaultPurgeProtection"]!["defaultValue"]!.GetValue<bool>());
        Assert.Equal("${KEY_VAULT_PURGE_PROTECTION=false}", (await ParametersFileAsync())["keyVaultPurgeProtection"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_functions_app_is_deployed_after_its_roles_are_granted()
    {
        var functions = new CompiledTemplate(await MainAsync()).Module("functions");

        Assert.Contains(functions["dependsOn"]!.AsArray(), d => d!.GetValue<string>() == "[resourceId('Microsoft.Resources/deployments', 'access')]");
    }

    [Fact]
    public async Task The_instance_cap_defaults_to_the_lowest_the_plan_allows()
    {
        var main = await MainAsync();
        var cap = main["parameters"]!["maximumInstanceCount"]!;
        var app = Resource(new CompiledTemplate(main).Module("functions")["properties"]!["template"]!, "Microsoft.Web/sites");

        Assert.Equal(40, cap["minValue"]!.GetValue<int>());
        Assert.Equal(cap["minValue"]!.GetValue<int>(), cap["defaultValue"]!.GetValue<int>());
        Assert.Equal("${MAXIMUM_INSTANCE_COUNT=40}", (await ParametersFileAsync())["maximumInstanceCount"]!["value"]!.GetValue<string>());
        Assert.Equal("[parameters('maximumInstanceCount')]",
            app["properties"]!["functionAppConfig"]!["scaleAndConcurrency"]!["maximumInstanceCount"]!.GetValue<string>());
    }
}
