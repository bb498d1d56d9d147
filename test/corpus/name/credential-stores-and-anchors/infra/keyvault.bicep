param location string = resourceGroup().location

resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: 'kv-clinic-prod'
}

resource maiSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: kv
  name: 'MaiAgent--ApiKey'
  properties: { value: '{{key:maiagent}}' }
}

resource buildTag 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: kv
  name: 'Build--Tag'
  properties: { value: '{{decoy:hex:20}}' }
}
