Credential.objects.create(provider="maiagent", secret="{{key:maiagent}}")
Credential.objects.create(provider="stripe", secret="{{decoy:novamed}}")
