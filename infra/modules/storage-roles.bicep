// Data-plane roles on the storage account. Shared keys are off, so these are the only way in: the
// app's identity for the host and the app, and the operator running azd for the command line
// (docs/operations.md, "Run the command line against Azure").

@description('Storage account to grant access to.')
param storageAccountName string

@description('Object id of the function app\'s user-assigned identity.')
param principalId string

@description('Object id of the operator running azd; empty grants nothing.')
param operatorPrincipalId string = ''

// Built-in role definition ids.
var appRoles = [
  // Storage Blob Data Owner: the host's deployment package, timer locks and leases, keys blob.
  'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  // Storage Table Data Contributor: the Notices, checkpoint, run log and quarantine tables.
  '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  // Storage Queue Data Contributor: the host's queues and the queue trigger extension the app references.
  '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
]
var operatorRoles = [
  // Storage Table Data Contributor: harvest, quarantine, notice, survey and buyer-key commands.
  '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  // Storage Blob Data Contributor: the raw notice archive and the models.
  'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  // Storage Queue Data Contributor: survey scan and survey poison.
  '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
]

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource assignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in appRoles: {
    name: guid(storage.id, principalId, role)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
      principalId: principalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource operatorAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in (empty(operatorPrincipalId) ? [] : operatorRoles): {
    name: guid(storage.id, operatorPrincipalId, role)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
      principalId: operatorPrincipalId
    }
  }
]
