using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>Builds the HttpRequest a function receives and reads the IActionResult it answers.</summary>
public static class FunctionCalls
{
    private static JsonSerializerOptions Web => ResponseJson.Web;

    public static HttpRequest Request(IServiceProvider services, string method, string body = "", string query = "")
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = method;
        context.Request.ContentType = "application/json";
        context.Request.QueryString = new QueryString(query);
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return context.Request;
    }

    public static HttpRequest Post(IServiceProvider services, JsonNode body) => Request(services, "POST", body.ToJsonString());

    /// <summary>Status, JSON body (as the MVC formatter would write it) and content types of a result.</summary>
    public static (int Status, JsonNode Body, IReadOnlyCollection<string> ContentTypes) Read(IActionResult result)
    {
        var objectResult = Assert.IsAssignableFrom<ObjectResult>(result);
        var body = JsonSerializer.SerializeToNode(objectResult.Value, objectResult.Value!.GetType(), Web)!;
        return (objectResult.StatusCode ?? 200, body, objectResult.ContentTypes);
    }

    /// <summary>The same, the body read back into <typeparamref name="T"/> (a view, or ValidationProblemDetails) through that JSON.</summary>
    public static (int Status, T Body, IReadOnlyCollection<string> ContentTypes) Read<T>(IActionResult result)
    {
        var (status, body, contentTypes) = Read(result);
        return (status, body.Deserialize<T>(Web)!, contentTypes);
    }
}
