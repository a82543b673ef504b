using System.Reflection;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace ContestServerless.LocalHost;

/// <summary>
/// Runs the Functions app's queue-triggered functions the way the Functions host does: polls the queue,
/// invokes the function with the message, deletes it on success, retries on failure, and after
/// <see cref="MaxDequeueCount"/> attempts moves it to "{queue}-poison". LocalHost:RunQueues=false leaves the queues
/// alone: in Azure the pollers are the Functions host's, a process beside the worker, so script/bench startup, which
/// times the worker's own start, runs without them.
/// </summary>
public sealed class QueueTriggers(IServiceProvider services, IConfiguration configuration, ILogger<QueueTriggers> logger) : BackgroundService
{

    public const int MaxDequeueCount = 5;
    private static readonly TimeSpan VisibilityTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan MinPollingInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxPollingInterval = TimeSpan.FromSeconds(2);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("LocalHost:RunQueues", true)) return Task.CompletedTask;
        // Asked for here, not in the constructor: a queue client costs tens of milliseconds to build, and a worker
        // (what script/bench startup times) builds none.
        var queues = services.GetRequiredService<QueueServiceClient>();
        return Task.WhenAll(FunctionCatalog.App.Queues.Select(function => PollAsync(queues, function, stoppingToken)));
    }

    private async Task PollAsync(QueueServiceClient queues, QueueFunction function, CancellationToken stoppingToken)
    {
        var queue = queues.GetQueueClient(function.Queue);
        var interval = MinPollingInterval;
        // Made once, and again after a failure (a test or an operator may have deleted it), not before every poll.
        var made = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!made)
                {
                    await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                    made = true;
                }
                QueueMessage[] messages = await queue.ReceiveMessagesAsync(16, VisibilityTimeout, stoppingToken);
                foreach (var message in messages) await RunAsync(queues, function, queue, message, stoppingToken);
                // Like the host: poll again at once while there is work, back off while the queue is empty.
                interval = messages.Length > 0 ? MinPollingInterval : TimeSpan.FromTicks(Math.Min(interval.Ticks * 2, MaxPollingInterval.Ticks));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Polling queue {Queue} for {Function} failed", function.Queue, function.Name);
                interval = MaxPollingInterval;
                made = false;
            }
            await Task.Delay(interval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task RunAsync(QueueServiceClient queues, QueueFunction function, QueueClient queue, QueueMessage message, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            var instance = await FunctionInstances.CreateAsync(scope.ServiceProvider, function.Method.DeclaringType!, stoppingToken);
            var arguments = function.Method.GetParameters().Select(p => Bind(p, message, stoppingToken)).ToArray();
            if (function.Method.Invoke(instance, arguments) is Task running) await running;
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            var failure = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            logger.LogError(failure, "{Function} failed on message {MessageId} (attempt {Attempt})", function.Name, message.MessageId, message.DequeueCount);
            if (message.DequeueCount >= MaxDequeueCount)
            {
                await queues.GetQueueClient(function.Queue + "-poison").CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                await queues.GetQueueClient(function.Queue + "-poison").SendMessageAsync(message.MessageText, stoppingToken);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken);
            }
            else
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: stoppingToken);
            }
        }
    }

    private static object? Bind(ParameterInfo parameter, QueueMessage message, CancellationToken stoppingToken)
    {
        if (parameter.ParameterType == typeof(QueueMessage)) return message;
        if (parameter.ParameterType == typeof(string)) return message.MessageText;
        if (parameter.ParameterType == typeof(CancellationToken)) return stoppingToken;
        throw new NotSupportedException(
            $"The local host cannot bind parameter '{parameter.Name}' of type {parameter.ParameterType.Name}; teach {nameof(QueueTriggers)} to.");
    }
}
