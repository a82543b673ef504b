using ContestServerless.Domain.Judging;

namespace ContestServerless.Functions.Judging;

public sealed record RubricRequest(List<CriterionRequest>? Criteria);
