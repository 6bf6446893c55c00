// Data-plane roles of the function app's identity on the storage account. Shared keys are off,
// so these are the app's only way in.

@description('Storage account to grant access to.')
param storageAccountName string

@description('Object id of the function app\'s system-assigned identity.')
param principalId string

// Built-in role definition ids.
var roles = [
  {
    // Storage Blob Data Owner: the host's deployment package, timer locks and leases, keys blob.
    id: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  }
  {
    // Storage Table Data Contributor: the Notices, checkpoint, run log and quarantine tables.
    id: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  }
  {
    // Storage Queue Data Contributor: the host's queues and the queue trigger extension the app references.
    id: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  }
]

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource assignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in roles: {
    name: guid(storage.id, principalId, role.id)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.id)
      principalId: principalId
      principalType: 'ServicePrincipal'
    }
  }
]
