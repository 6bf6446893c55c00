// Key Vault for the app's secrets: RBAC authorization, soft delete and purge protection.

@minLength(3)
@maxLength(24)
@description('Key Vault name: 3-24 letters, digits and dashes.')
param name string

@description('Azure region.')
param location string

@description('Resource tags.')
param tags object

@description('Name of the secret that holds the HILMA subscription key.')
param hilmaSecretName string

@secure()
@description('HILMA AVP-Read subscription key; the secret is written only when this is non-empty, so a redeploy without it keeps a key set by hand.')
param hilmaSubscriptionKey string

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

resource hilmaSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (!empty(hilmaSubscriptionKey)) {
  parent: vault
  name: hilmaSecretName
  properties: {
    value: hilmaSubscriptionKey
    contentType: 'text/plain'
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
