// ProcurementInsight: the resources `azd up` provisions. Subscription scope, so azd creates the
// resource group itself and no preview azd feature is needed for resource-group deployments.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names the resource group and seeds every resource name.')
param environmentName string

@minLength(1)
@description('Azure region of every resource. Must offer the Flex Consumption plan.')
param location string

@description('Resource group to create; rg-<environmentName> by default.')
param resourceGroupName string = ''

@description('NCRONTAB schedule of the HarvestNotices timer, in UTC (Linux apps ignore WEBSITE_TIME_ZONE).')
param harvestNoticesSchedule string = '0 0 */2 * * *'

@description('NCRONTAB schedule of the SendSurveyReminders timer (invitations due, retries, reminders), in UTC.')
param sendSurveyRemindersSchedule string = '0 */15 * * * *'

@description('NCRONTAB schedule of the TrainClassifier timer (weekly retraining), in UTC.')
param trainClassifierSchedule string = '0 0 3 * * 0'

@description('NCRONTAB schedule of the PublishEstimate timer (the daily dated estimate snapshot), in UTC.')
param publishEstimateSchedule string = '0 0 5 * * *'

@description('NCRONTAB schedule of the BuildSupplierProfiles timer (supplier profiles and company register enrichment), in UTC.')
param buildSupplierProfilesSchedule string = '0 30 3 * * *'

@description('Public base of the links in survey e-mails, ending in /api/ (a custom domain in production). Empty: https://<function app default host name>/api/.')
param surveyLinkBaseUrl string = ''

@description('SMTP server of survey mail.')
param smtpHost string = 'smtp.example.invalid'

@description('SMTP port; 587 with STARTTLS is the usual submission port.')
param smtpPort int = 587

@description('Sender of survey mail, e.g. "KEINO <kysely@example.fi>".')
param smtpFrom string = 'KEINO <survey@procurement-insight.invalid>'

@secure()
@description('HILMA AVP-Read subscription key. Stored only as a Key Vault secret, and only when non-empty; leave empty to set the secret in Key Vault yourself.')
param hilmaSubscriptionKey string = ''

@secure()
@description('SMTP user name for survey mail. Stored only as a Key Vault secret, and only when non-empty.')
param smtpUserName string = ''

@secure()
@description('SMTP password for survey mail. Stored only as a Key Vault secret, and only when non-empty.')
param smtpPassword string = ''

@secure()
@description('Survey link signing key: base64 of at least 32 random bytes (openssl rand -base64 32). Stored only as a Key Vault secret, and only when non-empty; rotating it invalidates open survey links.')
param surveyTokenSigningKey string = ''

@secure()
@description('Survey opt-out key: base64 of at least 32 random bytes (openssl rand -base64 32), under which opted-out addresses are hashed. Stored only as a Key Vault secret, and only when non-empty; never rotate it, or opt-outs recorded under it are no longer recognised.')
param surveyOptOutKey string = ''

@description('Object id of the person or pipeline running azd (azd passes AZURE_PRINCIPAL_ID). Gets Key Vault Secrets Officer so it can set the secrets, and Storage Table, Blob and Queue Data Contributor so the command line works against the account; empty grants nothing.')
param principalId string = ''

@description('E-mail address the alerts go to (azd: ALERT_EMAIL_ADDRESS); empty creates the action group without a receiver.')
param alertEmailAddress string = ''

@minValue(1)
@maxValue(1000)
@description('Most instances the Flex Consumption app may scale out to.')
param maximumInstanceCount int = 40

@allowed([
  512
  2048
  4096
])
@description('Memory of one Flex Consumption instance, in MB.')
param instanceMemoryMB int = 2048

var tags = {
  'azd-env-name': environmentName
}

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: empty(resourceGroupName) ? 'rg-${environmentName}' : resourceGroupName
  location: location
  tags: tags
}

module resources 'modules/resources.bicep' = {
  name: 'resources'
  scope: rg
  params: {
    environmentName: environmentName
    location: location
    tags: tags
    harvestNoticesSchedule: harvestNoticesSchedule
    sendSurveyRemindersSchedule: sendSurveyRemindersSchedule
    buildSupplierProfilesSchedule: buildSupplierProfilesSchedule
    estimateSchedules: {
      train: trainClassifierSchedule
      publish: publishEstimateSchedule
    }
    surveyLinkBaseUrl: surveyLinkBaseUrl
    smtp: {
      host: smtpHost
      port: smtpPort
      from: smtpFrom
      useStartTls: true
    }
    hilmaSubscriptionKey: hilmaSubscriptionKey
    smtpUserName: smtpUserName
    smtpPassword: smtpPassword
    surveyTokenSigningKey: surveyTokenSigningKey
    surveyOptOutKey: surveyOptOutKey
    principalId: principalId
    alertEmailAddress: alertEmailAddress
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
}

output AZURE_LOCATION string = location
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = resources.outputs.functionAppName
output AZURE_FUNCTION_APP_HOST_NAME string = resources.outputs.functionAppHostName
output AZURE_FUNCTION_APP_URL string = resources.outputs.functionAppUrl
output AZURE_STORAGE_ACCOUNT_NAME string = resources.outputs.storageAccountName
output AZURE_KEY_VAULT_NAME string = resources.outputs.keyVaultName
output APPLICATIONINSIGHTS_NAME string = resources.outputs.applicationInsightsName
output AZURE_FUNCTION_APP_IDENTITY_CLIENT_ID string = resources.outputs.identityClientId
output AZURE_ALERT_ACTION_GROUP string = resources.outputs.actionGroupName
output APPLICATIONINSIGHTS_CONNECTION_STRING_SETTING string = resources.outputs.applicationInsightsConnectionStringSetting
