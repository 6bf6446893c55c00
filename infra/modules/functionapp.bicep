// The Flex Consumption plan and function app. It runs as a user-assigned identity whose role
// assignments (storage-roles.bicep, keyvault-roles.bicep, monitoring-roles.bicep) exist before the site
// does; host storage, the app's storage, Key Vault references and Application Insights all use it.

import { appIdentity, estimateSchedules as estimateSchedulesType, secretNames as secretNamesType, smtpSettings } from 'types.bicep'

@description('Flex Consumption plan name.')
param planName string

@description('Function app name; also its default host name prefix.')
param name string

@description('Azure region; must offer Flex Consumption.')
param location string

@description('Resource tags; the app adds azd-service-name.')
param tags object

@description('Storage account for host storage, the deployment package and the app data.')
param storageAccountName string

@description('Blob container Flex Consumption deploys the app package to.')
param deploymentContainerName string

@description('Application Insights component the host reports to.')
param applicationInsightsName string

@description('Key Vault URI (https://kv-….vault.azure.net/); settings reference secrets without a version so the app follows rotation.')
param keyVaultUri string

@description('Key Vault secret names the settings reference.')
param secretNames secretNamesType

@description('NCRONTAB schedule of the HarvestNotices timer, in UTC.')
param harvestNoticesSchedule string

@description('NCRONTAB schedule of the SendSurveyReminders timer, in UTC.')
param sendSurveyRemindersSchedule string

@description('NCRONTAB schedules of the estimate timers.')
param estimateSchedules estimateSchedulesType

@description('NCRONTAB schedule of the BuildSupplierProfiles timer, in UTC.')
param buildSupplierProfilesSchedule string

@description('Public base of survey links (ending /api/); empty for https://<name>.azurewebsites.net/api/.')
param surveyLinkBaseUrl string

@description('SMTP settings of survey mail.')
param smtp smtpSettings

@description('The user-assigned identity the app runs as; its roles are assigned before this module runs.')
param identity appIdentity

@description('Most instances the app may scale out to.')
param maximumInstanceCount int

@description('Memory of one instance, in MB.')
param instanceMemoryMB int

var applicationInsightsConnectionStringSetting = 'APPLICATIONINSIGHTS_CONNECTION_STRING'

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    // Flex Consumption is Linux only.
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.resourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references resolve with the user-assigned identity (Key Vault Secrets User).
    keyVaultReferenceIdentity: identity.resourceId
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.resourceId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      // Flex takes the worker runtime from here; FUNCTIONS_WORKER_RUNTIME is rejected as an app setting.
      // The version string must match the regional runtime catalogue exactly ('10.0', not '10').
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: [
        // Host storage through the managed identity: no connection string, no shared key.
        {
          name: 'AzureWebJobsStorage__accountName'
          value: storage.name
        }
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'AzureWebJobsStorage__clientId'
          value: identity.clientId
        }
        {
          name: applicationInsightsConnectionStringSetting
          value: applicationInsights.properties.ConnectionString
        }
        // Local authentication is off on the component: the host and the worker's exporter send
        // telemetry as the identity (Monitoring Metrics Publisher).
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'ClientId=${identity.clientId};Authorization=AAD'
        }
        {
          name: 'HarvestNoticesSchedule'
          value: harvestNoticesSchedule
        }
        {
          name: 'SendSurveyRemindersSchedule'
          value: sendSurveyRemindersSchedule
        }
        {
          name: 'TrainClassifierSchedule'
          value: estimateSchedules.train
        }
        {
          name: 'PublishEstimateSchedule'
          value: estimateSchedules.publish
        }
        {
          name: 'BuildSupplierProfilesSchedule'
          value: buildSupplierProfilesSchedule
        }
        // The company register: PRH's open YTJ API, no key needed.
        {
          name: 'Prh__BaseAddress'
          value: 'https://avoindata.prh.fi/opendata-ytj-api/v3/'
        }
        {
          name: 'Prh__UseSimulator'
          value: 'false'
        }
        {
          name: 'Survey__LinkBaseUrl'
          value: empty(surveyLinkBaseUrl) ? 'https://${name}.azurewebsites.net/api/' : surveyLinkBaseUrl
        }
        {
          name: 'Smtp__Host'
          value: smtp.host
        }
        {
          name: 'Smtp__Port'
          value: string(smtp.port)
        }
        {
          name: 'Smtp__From'
          value: smtp.from
        }
        {
          name: 'Smtp__UseStartTls'
          value: string(smtp.useStartTls)
        }
        {
          name: 'Hilma__BaseAddress'
          value: 'https://api.hankintailmoitukset.fi/'
        }
        {
          name: 'Hilma__UseSimulator'
          value: 'false'
        }
        {
          name: 'Hilma__SubscriptionKey'
          value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${secretNames.hilmaSubscriptionKey})'
        }
        {
          name: 'Smtp__UserName'
          value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${secretNames.smtpUserName})'
        }
        {
          name: 'Smtp__Password'
          value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${secretNames.smtpPassword})'
        }
        {
          name: 'Survey__TokenSigningKey'
          value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${secretNames.surveyTokenSigningKey})'
        }
        {
          name: 'Survey__OptOutKey'
          value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${secretNames.surveyOptOutKey})'
        }
        // The app's own storage through the managed identity (StorageClients in the Storage project);
        // a connection string cannot work here because shared keys are off.
        {
          name: 'Storage__AccountName'
          value: storage.name
        }
        {
          name: 'Storage__Credential'
          value: 'managedidentity'
        }
        {
          name: 'Storage__ClientId'
          value: identity.clientId
        }
        {
          name: 'Storage__BlobServiceUri'
          value: storage.properties.primaryEndpoints.blob
        }
        {
          name: 'Storage__TableServiceUri'
          value: storage.properties.primaryEndpoints.table
        }
        {
          name: 'Storage__QueueServiceUri'
          value: storage.properties.primaryEndpoints.queue
        }
      ]
    }
  }
}

output name string = functionApp.name
output defaultHostName string = functionApp.properties.defaultHostName
output applicationInsightsConnectionStringSetting string = applicationInsightsConnectionStringSetting
