// Care Manager Career Bot on Azure: App Service (Linux, Node) + Azure Bot (Teams and Direct Line) + state store.
// Deploy with: az deployment group create --resource-group <rg> --template-file deploy/azure/main.bicep --parameters @deploy/azure/main.parameters.example.json
// Secrets come in only as @secure() parameters or are read from the resources themselves (listKeys); none lives in a file.
// One file on purpose: secrets read with listKeys go straight into app settings and never pass through module outputs.

targetScope = 'resourceGroup'

// ---------- Names and places ----------

@description('Azure region for the App Service, identity and state store.')
param location string = resourceGroup().location

@description('Short prefix for resource names.')
@minLength(2)
@maxLength(20)
param namePrefix string = 'cmbot'

@description('Web app name; it becomes <name>.azurewebsites.net, so it must be unique across Azure.')
@minLength(2)
@maxLength(60)
param webAppName string = '${namePrefix}-${uniqueString(resourceGroup().id)}'

@description('Azure Bot resource name (the bot handle); must be unique across Azure.')
@minLength(4)
@maxLength(42)
param botName string = webAppName

@description('Name people see for the bot in channels.')
param botDisplayName string = 'Care Manager Career Bot'

@description('Region of the Azure Bot resource: global, or a regional value for data residency.')
param botLocation string = 'global'

@description('Tags put on every resource.')
param tags object = {
  app: 'care-manager-bot'
}

// ---------- Hosting ----------

@description('App Service plan size. F1 (free) cannot keep the app always on, so the first message after idling is slow.')
@allowed([
  'F1'
  'B1'
  'B2'
  'B3'
  'S1'
  'P0v3'
  'P1v3'
])
param appServicePlanSku string = 'B1'

@description('Node.js runtime of the web app: Node 22 LTS (Node 20 reached end of life on 30 April 2026), or 24 LTS.')
@allowed([
  'NODE|22-lts'
  'NODE|24-lts'
])
param nodeVersion string = 'NODE|22-lts'

@description('pino log level of the bot.')
@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
])
param logLevel string = 'info'

// ---------- Bot identity ----------

@description('How the bot proves who it is. UserAssignedMSI: a managed identity this template creates, no secret at all. SingleTenant: an Entra app registration you create first (microsoftAppId + microsoftAppPassword). New multi-tenant bots are no longer allowed.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string = 'UserAssignedMSI'

@description('SingleTenant only: the app registration\'s Application (client) ID. Ignored for UserAssignedMSI.')
param microsoftAppId string = ''

@description('SingleTenant only: a client secret of that app registration. Pass it on the command line from a shell variable, never in a file.')
@secure()
param microsoftAppPassword string = ''

@description('Entra tenant of the app registration or managed identity.')
param microsoftAppTenantId string = subscription().tenantId

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams and Direct Line included) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Direct Line secret for the web chat page\'s token route. Empty on the first deployment; then read it from the bot\'s Direct Line channel and pass it here on every deployment (see deploy/README.md).')
@secure()
param directLineSecret string = ''

// ---------- State store ----------

@description('Where conversation and user state are kept: blob (a storage account) or cosmos (Cosmos DB for NoSQL, serverless).')
@allowed([
  'blob'
  'cosmos'
])
param stateStore string = 'blob'

@description('Blob container for bot state (stateStore=blob).')
@minLength(3)
@maxLength(63)
param blobContainerName string = 'care-manager-bot-state'

@description('Cosmos DB database name (stateStore=cosmos).')
param cosmosDatabaseName string = 'care-manager-bot'

@description('Cosmos DB container name (stateStore=cosmos); its partition key is /id, as CosmosDbPartitionedStorage requires.')
param cosmosContainerName string = 'bot-state'

// ---------- Derived values ----------

var useMsi = appType == 'UserAssignedMSI'
var useBlob = stateStore == 'blob'
var useCosmos = stateStore == 'cosmos'
var suffix = uniqueString(resourceGroup().id)
var storageAccountName = take('st${toLower(replace(namePrefix, '-', ''))}${suffix}', 24)
var cosmosAccountName = take('cosmos-${toLower(namePrefix)}-${suffix}', 44)

// ---------- Identity (UserAssignedMSI) ----------

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (useMsi) {
  name: 'id-${webAppName}'
  location: location
  tags: tags
}

var botAppId = useMsi ? botIdentity.properties.clientId : microsoftAppId

// ---------- State store: blob ----------

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' = if (useBlob) {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // BlobsStorage connects with a connection string, which needs the account key.
    allowSharedKeyAccess: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = if (useBlob) {
  parent: storageAccount
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = if (useBlob) {
  parent: blobService
  name: blobContainerName
  properties: {
    publicAccess: 'None'
  }
}

// ---------- State store: Cosmos DB (serverless) ----------

resource cosmosAccount 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = if (useCosmos) {
  name: cosmosAccountName
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    capabilities: [
      {
        name: 'EnableServerless'
      }
    ]
    // CosmosDbPartitionedStorage authenticates with the account key.
    disableLocalAuth: false
  }
}

resource cosmosDatabase 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = if (useCosmos) {
  parent: cosmosAccount
  name: cosmosDatabaseName
  properties: {
    resource: {
      id: cosmosDatabaseName
    }
  }
}

resource cosmosContainer 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = if (useCosmos) {
  parent: cosmosDatabase
  name: cosmosContainerName
  properties: {
    resource: {
      id: cosmosContainerName
      partitionKey: {
        paths: [
          '/id'
        ]
        kind: 'Hash'
      }
    }
  }
}

// ---------- App settings: the environment bot/config.ts reads ----------

var authSettings = [
  {
    name: 'MicrosoftAppType'
    value: appType
  }
  {
    name: 'MicrosoftAppId'
    value: botAppId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: microsoftAppTenantId
  }
]

var passwordSettings = useMsi ? [] : [
  {
    name: 'MicrosoftAppPassword'
    value: microsoftAppPassword
  }
]

var blobSettings = useBlob ? [
  {
    name: 'STORAGE'
    value: 'blob'
  }
  {
    name: 'BLOB_CONNECTION_STRING'
    value: 'DefaultEndpointsProtocol=https;AccountName=${storageAccount.name};AccountKey=${storageAccount.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
  {
    name: 'BLOB_CONTAINER'
    value: blobContainerName
  }
] : []

var cosmosSettings = useCosmos ? [
  {
    name: 'STORAGE'
    value: 'cosmos'
  }
  {
    name: 'COSMOS_ENDPOINT'
    value: cosmosAccount.properties.documentEndpoint
  }
  {
    name: 'COSMOS_KEY'
    value: cosmosAccount.listKeys().primaryMasterKey
  }
  {
    name: 'COSMOS_DATABASE'
    value: cosmosDatabaseName
  }
  {
    name: 'COSMOS_CONTAINER'
    value: cosmosContainerName
  }
] : []

var directLineSettings = empty(directLineSecret) ? [] : [
  {
    name: 'DIRECT_LINE_SECRET'
    value: directLineSecret
  }
]

var runtimeSettings = [
  {
    name: 'LOG_LEVEL'
    value: logLevel
  }
  {
    // In Azure the web page uses the real Direct Line; the in-process one is for local runs only.
    name: 'LOCAL_DIRECT_LINE'
    value: 'off'
  }
  {
    // glibc's malloc keeps two arenas instead of one per busy thread: less resident memory for the same work (README,
    // Performance). Read by the C library, not by bot/config.ts.
    name: 'MALLOC_ARENA_MAX'
    value: '2'
  }
  {
    // Zip deploys are built on the server (npm install runs there, with the postinstall that fetches the Web Chat bundle).
    name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
    value: 'true'
  }
]

// ---------- App Service ----------

resource appServicePlan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${webAppName}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: useMsi ? {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${botIdentity.id}': {}
    }
  } : {
    type: 'None'
  }
  // The bot reads and writes state from its first request: have the container ready before the app starts.
  dependsOn: [
    stateContainer
    cosmosContainer
  ]
  properties: {
    serverFarmId: appServicePlan.id
    httpsOnly: true
    // State lives in the store, so any instance can take any request.
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: nodeVersion
      appCommandLine: 'npm start'
      alwaysOn: appServicePlanSku != 'F1'
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(authSettings, passwordSettings, blobSettings, cosmosSettings, directLineSettings, runtimeSettings)
    }
  }
}

// ---------- Azure Bot ----------

var botProperties = {
  displayName: botDisplayName
  endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
  msaAppId: botAppId
  msaAppType: appType
  msaAppTenantId: microsoftAppTenantId
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: botLocation
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: useMsi ? union(botProperties, {
    msaAppMSIResourceId: botIdentity.id
  }) : botProperties
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: botLocation
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource directLineChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: botLocation
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

// ---------- Outputs (no secrets) ----------

@description('Host name of the web app: BOT_DOMAIN for npm run teams:package.')
output webAppHostName string = webApp.properties.defaultHostName

@description('Web app name, for az webapp commands.')
output webAppName string = webApp.name

@description('The bot\'s messaging endpoint.')
output messagingEndpoint string = 'https://${webApp.properties.defaultHostName}/api/messages'

@description('Azure Bot resource name, for az bot commands.')
output botName string = bot.name

@description('The bot\'s Microsoft App ID (client ID): MicrosoftAppId for npm run teams:package. Not a secret.')
output microsoftAppId string = botAppId

@description('Names of the channels enabled on the bot.')
output channels array = [
  teamsChannel.name
  directLineChannel.name
]

@description('The state store in use.')
output stateStore string = stateStore
