// Someone is told when the contest stops working: an action group e-mails the organizers (or whoever `alertEmails`
// names), and each alert below names what went wrong. The README ("Alerts") says what to do for each one.
// Log alerts query Application Insights (requests, traces); the storage alert reads the account's metrics.
param name string
param tags object

@description('Addresses the alerts are e-mailed to.')
param emails array

param applicationInsightsName string
param storageAccountName string

resource insights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource group 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: 'ag-${name}'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'cuocthi'
    enabled: true
    emailReceivers: [for (email, i) in emails: {
      name: 'recipient-${i}'
      emailAddress: email
      useCommonAlertSchema: true
    }]
  }
}

// The timers whose silence matters, with how long after their last run they are overdue (their period and a margin).
var timers = [
  { function: 'SendReminders', overdueAfter: '26h', what: 'the reminders to lagging units (daily, 01:00 UTC)' }
  { function: 'ApplyRetention', overdueAfter: '26h', what: 'the personal-data retention (daily, 02:30 UTC)' }
  { function: 'RequeueReceiptEmails', overdueAfter: '30m', what: 'the re-queue of receipts owed (every 5 minutes)' }
  { function: 'ClearAbandonedEntries', overdueAfter: '3h', what: 'the clearing of abandoned uploads (hourly)' }
  { function: 'BackUpTables', overdueAfter: '26h', what: 'the daily backup of every table (20:00 UTC)' }
  { function: 'ResumeBroadcasts', overdueAfter: '15m', what: 'the restart of broadcasts gone quiet (every minute)' }
]

var logAlerts = concat([
  {
    key: 'failed-requests'
    severity: 2
    frequency: 'PT5M'
    window: 'PT15M'
    description: 'More than 5% of requests failed over 15 minutes (at least 20 requests).'
    query: 'requests | summarize total = count(), failed = countif(success == false) | where total >= 20 and failed * 100.0 / total > 5'
  }
  {
    key: 'submit-5xx'
    severity: 1
    frequency: 'PT5M'
    window: 'PT15M'
    description: 'Sending an entry answered a server error (5xx): entrants cannot submit.'
    query: 'requests | where name in (\'CreateEntry\', \'SubmitEntry\') and toint(resultCode) >= 500'
  }
  {
    key: 'poison-messages'
    severity: 2
    frequency: 'PT15M'
    window: 'PT15M'
    description: 'A queue message failed five times and was moved to a poison queue (receipts, bulk downloads or the catalogue).'
    query: 'traces | where message has \'-poison\' and message has \'Moving message\''
  }
  {
    key: 'email-bounces'
    severity: 2
    frequency: 'PT1H'
    window: 'P1D'
    description: 'More than 10% of e-mails bounced, were dropped or reported as spam over a day (at least 20 delivery events).'
    query: 'traces | where message startswith \'Applied\' and isnotnull(customDimensions.Bounced) | summarize bounced = sum(toint(customDimensions.Bounced)), delivered = sum(toint(customDimensions.Delivered)) | where bounced + delivered >= 20 and bounced * 100.0 / (bounced + delivered) > 10'
  }
], map(timers, timer => {
  key: 'timer-${toLower(timer.function)}'
  severity: 2
  frequency: 'PT1H'
  window: 'P2D'
  description: 'The ${timer.function} timer has not run for ${timer.overdueAfter}: ${timer.what}.'
  query: 'requests | where name == \'${timer.function}\' | summarize last = max(timestamp) | where isnull(last) or last < ago(${timer.overdueAfter})'
}))

resource rules 'Microsoft.Insights/scheduledQueryRules@2022-06-15' = [for alert in logAlerts: {
  name: 'alert-${alert.key}-${name}'
  location: resourceGroup().location
  tags: tags
  properties: {
    displayName: 'Cuộc thi: ${alert.key}'
    description: alert.description
    severity: alert.severity
    enabled: true
    scopes: [insights.id]
    evaluationFrequency: alert.frequency
    windowSize: alert.window
    criteria: {
      allOf: [
        {
          query: alert.query
          timeAggregation: 'Count'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 }
        }
      ]
    }
    autoMitigate: true
    actions: { actionGroups: [group.id] }
  }
}]

resource throttling 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: 'alert-storage-throttling-${name}'
  location: 'global'
  tags: tags
  properties: {
    description: 'Storage refused requests for load (throttling or server busy) over 15 minutes.'
    severity: 2
    enabled: true
    scopes: [storage.id]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          name: 'throttled'
          criterionType: 'StaticThresholdCriterion'
          metricNamespace: 'Microsoft.Storage/storageAccounts'
          metricName: 'Transactions'
          dimensions: [
            { name: 'ResponseType', operator: 'Include', values: ['ServerBusyError', 'ClientThrottlingError', 'ClientAccountBandwidthThrottlingError', 'ClientAccountRequestThrottlingError'] }
          ]
          operator: 'GreaterThan'
          threshold: 0
          timeAggregation: 'Total'
        }
      ]
    }
    actions: [{ actionGroupId: group.id }]
  }
}

output actionGroupName string = group.name
output alertNames array = concat(map(logAlerts, alert => 'alert-${alert.key}-${name}'), [throttling.name])
