import { Stack, type StackProps } from 'aws-cdk-lib';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';

export class ParamsStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    new ssm.StringParameter(this, 'MaiAgentKey', {
      parameterName: '/clinic/maiagent/api-key',
      stringValue: '{{key:maiagent}}',
    });
    new ssm.StringParameter(this, 'ClinicName', {
      parameterName: '/clinic/name',
      stringValue: 'Northside Family Clinic and Pharmacy',
    });
  }
}
