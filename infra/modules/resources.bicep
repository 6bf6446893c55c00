// Everything inside the resource group: monitoring and alerts, storage, Key Vault, the app's
// user-assigned identity with the role assignments that let it reach them without keys, and then the
// function app that runs as it.

import { estimateSchedules as estimateSchedulesType, smtpSettings } from 'types.bicep'

@description('azd environment name; seeds every resource name.')
param environmentName string

@description('Azure region of every resource.')
param location string

@description('Tags of every resource; carries azd-env-name.')
param tags object

@description('NCRONTAB schedule of the HarvestNotices timer, in UTC.')
param harvestNoticesSchedule string

@description('NCRONTAB schedule of the SendSurveyReminders timer, in UTC.')
param sendSurveyRemindersSchedule string

@description('NCRONTAB schedules of the TrainClassifier and PublishEstimate timers, in UTC.')
param estimateSchedules estimateSchedulesType

@description('NCRONTAB schedule of the BuildSupplierProfiles timer, in UTC.')
param buildSupplierProfilesSchedule string

@description('Public base of survey links (ending /api/); empty for the function app\'s default host name.')
param surveyLinkBaseUrl string

@description('SMTP server, port, STARTTLS and sender of survey mail.')
param smtp smtpSettings

@secure()
@description('HILMA AVP-Read subscription key; a Key Vault secret is written only when this is non-empty.')
param hilmaSubscriptionKey string

@secure()
@description('SMTP user name for survey mail; a Key Vault secret is written only when this is non-empty.')
param smtpUserName string

@secure()
@description('SMTP password for survey mail; a Key Vault secret is written only when this is non-empty.')
param smtpPassword string

@secure()
@description('Survey link signing key (base64, at least 32 random bytes); a Key Vault secret is written only when this is non-empty.')
param surveyTokenSigningKey string

@secure()
@description('Survey opt-out key (base64, at least 32 random bytes) under which opted-out addresses are hashed; a Key Vault secret is written only when this is non-empty.')
param surveyOptOutKey string

@description('Object id of the operator: Key Vault Secrets Officer and the storage data roles the command line needs; empty grants nothing.')
param principalId string

@description('E-mail address of the alerts\' action group; empty leaves the group without a receiver.')
param alertEmailAddress string

@description('Most instances the Flex Consumption app may scale out to.')
param maximumInstanceCount int

@description('Memory of one Flex Consumption instance, in MB.')
param instanceMemoryMB int

// Deterministic per subscription, resource group, environment and region, so re-running azd up
// updates the same resources instead of creating new ones.
var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName, location))

// Must equal StorageLayout in src/ProcurementInsight.Storage (no table prefix in production);
// tests/ProcurementInsight.Infra.Tests compares the compiled template with it.
var tableNames = [
  'Notices'
  'HarvestCheckpoints'
  'HarvestRuns'
  'QuarantinedNotices'
  'SurveyInvitations'
  'SurveyAnswers'
  'SurveyOptOuts'
  'EstimateSnapshots'
  'SupplierProfiles'
  'CompanyRegisterCache'
  'BuyerNeeds'
  'BuyerKeys'
  'SurveyDraws'
  'SurveyAddressCaps'
  'SurveyAllocations'
  'SupplierKeys'
  'SupplierAccessAudit'
]
var queueNames = [
  'survey-triggers'
  'survey-triggers-poison'
]

// Flex Consumption reads the deployed package from this container.
var deploymentContainerName = 'app-package'

// The secrets the app reads through Key Vault references (functionapp.bicep maps them to settings).
var secretNames = {
  hilmaSubscriptionKey: 'hilma-subscription-key'
  smtpUserName: 'smtp-user-name'
  smtpPassword: 'smtp-password'
  surveyTokenSigningKey: 'survey-token-signing-key'
  surveyOptOutKey: 'survey-opt-out-key'
}

module monitoring 'monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'storage.bicep' = {
  name: 'storage'
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    containerNames: [
      deploymentContainerName
      'raw-notices'
      'models'
      'broker'
    ]
    tableNames: tableNames
    queueNames: queueNames
  }
}

module keyVault 'keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
    secretNames: [
      secretNames.hilmaSubscriptionKey
      secretNames.smtpUserName
      secretNames.smtpPassword
      secretNames.surveyTokenSigningKey
      secretNames.surveyOptOutKey
    ]
    secretValues: {
      '${secretNames.hilmaSubscriptionKey}': hilmaSubscriptionKey
      '${secretNames.smtpUserName}': smtpUserName
      '${secretNames.smtpPassword}': smtpPassword
      '${secretNames.surveyTokenSigningKey}': surveyTokenSigningKey
      '${secretNames.surveyOptOutKey}': surveyOptOutKey
    }
  }
}

module identity 'identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-${resourceToken}'
    location: location
    tags: tags
  }
}

// The identity's roles come first; the site depends on them, so its first start is already authorised.
module storageRoles 'storage-roles.bicep' = {
  name: 'storage-roles'
  params: {
    storageAccountName: storage.outputs.name
    principalId: identity.outputs.identity.principalId
    operatorPrincipalId: principalId
  }
}

module keyVaultRoles 'keyvault-roles.bicep' = {
  name: 'keyvault-roles'
  params: {
    keyVaultName: keyVault.outputs.name
    appPrincipalId: identity.outputs.identity.principalId
    operatorPrincipalId: principalId
  }
}

module monitoringRoles 'monitoring-roles.bicep' = {
  name: 'monitoring-roles'
  params: {
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    appPrincipalId: identity.outputs.identity.principalId
  }
}

module functionApp 'functionapp.bicep' = {
  name: 'functionapp'
  params: {
    planName: 'plan-${resourceToken}'
    name: 'func-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    keyVaultUri: keyVault.outputs.uri
    secretNames: secretNames
    harvestNoticesSchedule: harvestNoticesSchedule
    sendSurveyRemindersSchedule: sendSurveyRemindersSchedule
    estimateSchedules: estimateSchedules
    buildSupplierProfilesSchedule: buildSupplierProfilesSchedule
    surveyLinkBaseUrl: surveyLinkBaseUrl
    smtp: smtp
    identity: identity.outputs.identity
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
  dependsOn: [
    storageRoles
    keyVaultRoles
    monitoringRoles
  ]
}

module alerts 'alerts.bicep' = {
  name: 'alerts'
  params: {
    location: location
    tags: tags
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    healthUrl: 'https://${functionApp.outputs.defaultHostName}/api/health'
    alertEmailAddress: alertEmailAddress
    actionGroupName: 'ag-${resourceToken}'
  }
}

output functionAppName string = functionApp.outputs.name
output functionAppHostName string = functionApp.outputs.defaultHostName
output functionAppUrl string = 'https://${functionApp.outputs.defaultHostName}'
output storageAccountName string = storage.outputs.name
output keyVaultName string = keyVault.outputs.name
output applicationInsightsName string = monitoring.outputs.applicationInsightsName
output identityClientId string = identity.outputs.identity.clientId
output actionGroupName string = alerts.outputs.actionGroupName
output applicationInsightsConnectionStringSetting string = functionApp.outputs.applicationInsightsConnectionStringSetting
