namespace ContestServerless.Domain.Privacy;

public enum PrivacyRequestDecision
{
    Open,
    Granted,
    Refused,
}
