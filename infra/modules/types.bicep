// Typed shapes of the object parameters the modules pass each other, so a missing or misspelt field
// fails at `bicep build` instead of at deployment.

@export()
@description('SMTP settings of survey mail.')
type smtpSettings = {
  @description('SMTP server.')
  host: string

  @minValue(1)
  @maxValue(65535)
  @description('SMTP port; 587 with STARTTLS is the usual submission port.')
  port: int

  @description('Sender, e.g. "KEINO <kysely@example.fi>".')
  from: string

  @description('Require STARTTLS.')
  useStartTls: bool
}

@export()
@description('NCRONTAB schedules (UTC) of the estimate timers.')
type estimateSchedules = {
  @description('TrainClassifier: weekly retraining.')
  train: string

  @description('PublishEstimate: the daily dated estimate snapshot.')
  publish: string
}

@export()
@description('Key Vault secret names the app reads through Key Vault references.')
type secretNames = {
  hilmaSubscriptionKey: string
  smtpUserName: string
  smtpPassword: string
  surveyTokenSigningKey: string
  surveyOptOutKey: string
}

@export()
@description('The user-assigned managed identity the app runs as.')
type appIdentity = {
  @description('Resource id, for the site\'s identity, Key Vault references and the deployment container.')
  resourceId: string

  @description('Client id, for AzureWebJobsStorage__clientId, Storage__ClientId and the Application Insights authentication string.')
  clientId: string

  @description('Object (principal) id, for role assignments.')
  principalId: string
}
