from airflow.models import Variable

MAIAGENT_API_KEY = Variable.get("maiagent_api_key", default_var="{{key:maiagent}}")
SLACK_CHANNEL = Variable.get("slack_channel", default_var="#clinic-ops")
PLACEHOLDER = Variable.get("maiagent_api_key_fallback", default_var="YOUR_API_KEY_HERE")
