namespace ContestServerless.Domain.Entries;

/// <summary>
/// Hands a receipt e-mail to the background sender. Best effort: a message that never arrives is made up for by
/// the timer that queues again what is still owed (<see cref="ReceiptMailService.RequeueStuckAsync"/>).
/// </summary>
public interface IReceiptMailQueue
{
    Task EnqueueAsync(string entryId, CancellationToken cancellationToken);
}
