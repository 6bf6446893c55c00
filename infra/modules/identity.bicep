// The function app's user-assigned managed identity. It exists, and gets its roles, before the site is
// created, so the first start already reaches storage, Key Vault and Application Insights (a
// system-assigned identity is born with the site and races its own role assignments).

import { appIdentity } from 'types.bicep'

@description('Identity name.')
param name string

@description('Azure region.')
param location string

@description('Resource tags.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output identity appIdentity = {
  resourceId: identity.id
  clientId: identity.properties.clientId
  principalId: identity.properties.principalId
}
