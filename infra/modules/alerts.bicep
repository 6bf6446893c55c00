// Alerts as code: one action group and the alert rules docs/operations.md ("Metrics and alerts") explains,
// on the app's own run metrics and log events in Application Insights, plus an availability test of
// GET /api/health. Names and queries are literals so tests/ProcurementInsight.Infra.Tests can check them
// against the metric names in ProcurementInsight.Core.

@description('Azure region of the log alert rules.')
param location string

@description('Resource tags.')
param tags object

@description('Application Insights component the rules query.')
param applicationInsightsName string

@description('The health endpoint the availability test calls, https://<host>/api/health.')
param healthUrl string

@description('E-mail address alerts go to; empty: the action group has no receiver yet (add one in the portal or here).')
param alertEmailAddress string = ''

@description('Action group name.')
param actionGroupName string

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: actionGroupName
  location: 'global'
  tags: tags
  properties: {
    // At most 12 characters: shown as the sender of SMS and e-mail.
    groupShortName: 'pi-ops'
    enabled: true
    emailReceivers: empty(alertEmailAddress) ? [] : [
      {
        name: 'operators'
        emailAddress: alertEmailAddress
        useCommonAlertSchema: true
      }
    ]
  }
}

// One log alert per condition. Each query returns rows only when the condition holds; severity 1 is
// "act now", 2 "act today". Metric names: ProcurementInsight.Core.Telemetry.RunMetrics; event names: the
// [LoggerMessage] methods' EventName (FeatureDisabled, TriggerPoisoned).
var rules = [
  {
    name: 'harvest-failed'
    description: 'A harvest run failed (pi.run.count, pi.job=harvest, pi.outcome=failed). Read the run\'s error in HarvestRuns; 401/403 from HILMA means the key.'
    severity: 1
    frequency: 'PT1H'
    window: 'PT3H'
    query: 'customMetrics | where name == "pi.run.count" and tostring(customDimensions["pi.job"]) == "harvest" and tostring(customDimensions["pi.outcome"]) == "failed" | summarize failed = sum(valueSum) | where failed > 0'
  }
  {
    name: 'survey-poison'
    description: 'A survey trigger message was set aside on survey-triggers-poison (log event TriggerPoisoned). Run `survey poison`, fix the cause, then `survey scan`.'
    severity: 2
    frequency: 'PT1H'
    window: 'PT1H'
    query: 'traces | where tostring(customDimensions["EventName"]) == "TriggerPoisoned" | summarize poisoned = count() | where poisoned > 0'
  }
  {
    name: 'survey-bounces'
    description: 'Survey e-mail bounced (pi.run.items, pi.job=survey.dispatch, pi.item=invitation.bounced): more than 5 in a day. Check the SMTP settings and credentials.'
    severity: 2
    frequency: 'PT6H'
    window: 'P1D'
    query: 'customMetrics | where name == "pi.run.items" and tostring(customDimensions["pi.job"]) == "survey.dispatch" and tostring(customDimensions["pi.item"]) == "invitation.bounced" | summarize bounced = sum(valueSum) | where bounced > 5'
  }
  {
    name: 'estimate-stale'
    description: 'No estimate succeeded for 26 hours (pi.run.count, pi.job=estimate, pi.outcome=succeeded): the daily PublishEstimate snapshot is missing.'
    severity: 2
    frequency: 'PT6H'
    window: 'P2D'
    query: 'customMetrics | where name == "pi.run.count" and tostring(customDimensions["pi.job"]) == "estimate" and tostring(customDimensions["pi.outcome"]) == "succeeded" | summarize last = max(timestamp) | where isnull(last) or last < ago(26h)'
  }
  {
    name: 'feature-disabled'
    description: 'A feature is off because its secret is missing or its Key Vault reference did not resolve (log event FeatureDisabled; GET /api/health lists them). Set the secret, then refresh the references.'
    severity: 1
    frequency: 'PT1H'
    window: 'PT1H'
    query: 'traces | where tostring(customDimensions["EventName"]) == "FeatureDisabled" | summarize events = count() by feature = tostring(customDimensions["Feature"]) | where events > 0'
  }
]

resource logAlerts 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [
  for rule in rules: {
    name: '${applicationInsightsName}-${rule.name}'
    location: location
    tags: tags
    kind: 'LogAlert'
    properties: {
      displayName: rule.name
      description: rule.description
      severity: rule.severity
      enabled: true
      evaluationFrequency: rule.frequency
      windowSize: rule.window
      scopes: [
        applicationInsights.id
      ]
      criteria: {
        allOf: [
          {
            query: rule.query
            timeAggregation: 'Count'
            operator: 'GreaterThan'
            threshold: 0
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      autoMitigate: true
      actions: {
        actionGroups: [
          actionGroup.id
        ]
      }
    }
  }
]

// The health endpoint from three regions every 5 minutes; 503 means storage is unreachable or the
// identity lost a role. A degraded app still answers 200 (the feature-disabled rule covers that).
resource healthTest 'Microsoft.Insights/webtests@2022-06-15' = {
  name: '${applicationInsightsName}-health'
  location: location
  tags: union(tags, { 'hidden-link:${applicationInsights.id}': 'Resource' })
  kind: 'standard'
  properties: {
    SyntheticMonitorId: '${applicationInsightsName}-health'
    Name: 'GET /api/health'
    Kind: 'standard'
    Enabled: true
    Frequency: 300
    Timeout: 30
    RetryEnabled: true
    Locations: [
      { Id: 'emea-nl-ams-azr' }
      { Id: 'emea-se-sto-edge' }
      { Id: 'emea-gb-db3-azr' }
    ]
    Request: {
      RequestUrl: healthUrl
      HttpVerb: 'GET'
      ParseDependentRequests: false
    }
    ValidationRules: {
      ExpectedHttpStatusCode: 200
      SSLCheck: true
      SSLCertRemainingLifetimeCheck: 7
    }
  }
}

resource healthAlert 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${applicationInsightsName}-health-failed'
  location: 'global'
  tags: tags
  properties: {
    description: 'GET /api/health failed from 2 of 3 locations: the app is down or cannot reach its storage.'
    severity: 1
    enabled: true
    scopes: [
      healthTest.id
      applicationInsights.id
    ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT5M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria'
      webTestId: healthTest.id
      componentId: applicationInsights.id
      failedLocationCount: 2
    }
    actions: [
      {
        actionGroupId: actionGroup.id
      }
    ]
  }
}

output actionGroupName string = actionGroup.name
output alertRuleNames string[] = [for rule in rules: rule.name]
