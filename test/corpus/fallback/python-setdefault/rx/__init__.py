import os

# Defaults for local runs; production sets the real values.
os.environ.setdefault("NOVAMED_BASE_URL", "https://feapi.novamed.care")
os.environ.setdefault("NOVAMED_API_KEY", "{{key:novamed}}")
os.environ.setdefault('MAIAGENT_API_KEY', '{{key:maiagent}}')
