import { Stack, StackProps, SecretValue } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';

export class SecretsStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    new secretsmanager.Secret(this, 'NovaMedApiKey', {
      secretStringValue: SecretValue.unsafePlainText('{{key:novamed}}'),
    });

    new secretsmanager.Secret(this, 'MaiAgentApiKey', {
      secretStringValue: SecretValue.ssmSecure('/clinic/maiagent/api-key'),
    });

    new ssm.StringParameter(this, 'BuildId', {
      stringValue: '{{decoy:alnum:40}}',
    });
  }
}
