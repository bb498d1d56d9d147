#!/usr/bin/env bash
set -euo pipefail
aws cloudformation create-stack --stack-name clinic-sync \
  --template-body file://template.yaml \
  --capabilities CAPABILITY_IAM \
  --parameters ParameterKey=NovaMedApiKey,ParameterValue={{key:novamed}} ParameterKey=MaiAgentApiKey,ParameterValue={{key:maiagent}} ParameterKey=ClinicId,ParameterValue={{decoy:uuid}}
