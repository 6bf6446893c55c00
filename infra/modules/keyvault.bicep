// Key Vault for the app's secrets: RBAC authorization, soft delete and purge protection.

@minLength(3)
@maxLength(24)
@description('Key Vault name: 3-24 letters, digits and dashes.')
param name string

@description('Azure region.')
param location string

@description('Resource tags.')
param tags object

@description('Names of the secrets the app reads through Key Vault references.')
param secretNames string[]

@secure()
@description('Values by secret name. A secret is written only when its value is non-empty, so a redeploy without it keeps a value set or rotated by hand.')
param secretValues object

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource secrets 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = [
  for secretName in secretNames: if (!empty(secretValues[?secretName] ?? '')) {
    parent: vault
    name: secretName
    properties: {
      value: secretValues[secretName]
      contentType: 'text/plain'
    }
  }
]

output name string = vault.name
output uri string = vault.properties.vaultUri
